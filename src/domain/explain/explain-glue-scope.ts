import { DEFAULT_GLUE_DATABASE, effectiveDatabaseAccess } from '../glue/glue-access'
import type { Config } from '../config/schema'
import { quotedList, type Explained } from './statement-parts'

/**
 * The Glue statements of listed databases, the Iceberg REST endpoint and Lake Formation (glue/glue-scoped-statements.ts,
 * lake-formation/lake-formation-statements.ts). Database and table names are quoted as typed.
 */
export function explainGlueScopeStatement(config: Config, actions: string, sid: string): Explained | undefined {
  const { databases } = config.glueScope
  const names = quotedList(databases.map((d) => d.name))
  const catalog = `the Glue Data Catalog of account ${config.accountId} in ${config.region}`
  const listed = config.glueScope.scope === 'databases'
  const firstName = 'glueScope.databases.0.name'
  const tableRow = databases.findIndex((d) => d.tables.length > 0)
  switch (sid) {
    case 'GlueReadListedDatabases':
      return listed
        ? { sentence: `${actions} on the catalog and the databases ${names}: you listed them, so jobs can look them up.`, field: firstName }
        : undefined
    case 'GlueReadDefaultDatabase':
      return listed
        ? {
            sentence:
              `${actions} on the catalog and the "${DEFAULT_GLUE_DATABASE}" database only: Spark’s Glue catalog client reads ` +
              `"${DEFAULT_GLUE_DATABASE}" when a session starts, whichever databases the job uses; it cannot read its tables.`,
            field: 'glueScope.scope',
          }
        : undefined
    case 'GlueReadListedTables':
      return listed
        ? {
            sentence:
              `${actions} on ${tablesText(config)}: jobs read the definitions and partitions of the tables you listed; Glue ` +
              'checks the catalog, the database and the table, so the statement names all three.',
            field: tableRow === -1 ? firstName : `glueScope.databases.${tableRow}.tables.0.name`,
          }
        : undefined
    case 'GlueReadListedFunctions':
      return listed
        ? { sentence: `${actions} on the functions of ${names}: Spark lists a database’s user-defined functions when it uses the database.`, field: firstName }
        : undefined
    case 'GlueWriteListedTables': {
      const writers = databases.filter((d) => effectiveDatabaseAccess(config.glueAccess, d) === 'read-write')
      const index = databases.findIndex((d) => effectiveDatabaseAccess(config.glueAccess, d) === 'read-write')
      return listed && index !== -1
        ? {
            sentence:
              `${actions} on ${tablesText(config, writers)}: you chose read and write there, so jobs can create, change and delete ` +
              'those tables and their partitions and read the versions each change leaves; the databases themselves cannot be created or dropped.',
            field: `glueScope.databases.${index}.access`,
          }
        : undefined
    }
    case 'GlueIcebergRestCatalog':
      return config.glueScope.icebergRest
        ? {
            sentence:
              `${actions} on ${catalog}: you use the Glue Iceberg REST endpoint, which asks for glue:GetCatalog before ` +
              'it answers; the tables are still reached through the other Glue statements.',
            field: 'glueScope.icebergRest',
          }
        : undefined
    case 'LakeFormationDataAccess':
      return config.lakeFormation.enabled
        ? {
            sentence:
              `${actions} on "*": you said Lake Formation governs your tables, so jobs ask it for temporary credentials to their data; ` +
              'the action takes no resource, and the data-lake administrator’s grants (DESCRIBE and SELECT on the databases ' +
              'and tables, and data location access to write) decide what the credentials reach.',
            field: 'lakeFormation.enabled',
          }
        : undefined
  }
  return undefined
}

/** `the tables "orders" and "customers" of "sales" and every table of "analytics"`, for the given databases. */
function tablesText(config: Config, databases = config.glueScope.databases): string {
  const parts = databases.map((d) =>
    d.tables.length === 0 ? `every table of "${d.name}"` : `the tables ${quotedList(d.tables.map((t) => t.name))} of "${d.name}"`,
  )
  return parts.length > 3 ? `${parts.slice(0, 2).join(', ')} and ${parts.length - 2} more databases` : parts.join(', ')
}
