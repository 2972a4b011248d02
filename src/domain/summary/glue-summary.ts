import type { Config } from '../config/schema'
import { listNames, type SummaryPart } from './wording'

/**
 * Glue Data Catalog access as `buildGlueCatalogStatements` grants it: the role's own account and region, every
 * database or the listed ones; then the Iceberg REST endpoint and Lake Formation.
 */
export function summarizeGlue(config: Config): SummaryPart {
  if (config.glueAccess === 'none') return { can: [], cannot: ['Cannot use the Glue Data Catalog'] }
  const catalog = `the Glue Data Catalog of account ${config.accountId} in ${config.region}`
  const part = config.glueScope.scope === 'databases' ? summarizeListed(config, catalog) : summarizeAllDatabases(config, catalog)
  if (config.glueScope.icebergRest) part.can.push('Reads the catalog itself (glue:GetCatalog), as the Glue Iceberg REST endpoint requires')
  if (config.lakeFormation.enabled) {
    part.can.push('Asks Lake Formation for temporary credentials to the data of the tables it governs, as far as its grants allow')
  }
  return part
}

function summarizeAllDatabases(config: Config, catalog: string): SummaryPart {
  const elsewhere = 'Cannot use the Data Catalog of another account or region'
  if (config.glueAccess === 'read') {
    return {
      can: [`Reads ${catalog} (all databases, tables and partitions)`],
      cannot: ['Cannot create, change or delete anything in the Data Catalog', elsewhere],
    }
  }
  return {
    can: [
      `Reads ${catalog} (all databases, tables and partitions)`,
      'Creates databases, creates, changes and deletes tables, and adds partitions, in every database of that catalog',
    ],
    cannot: ['Cannot delete databases or partitions', elsewhere],
  }
}

function summarizeListed(config: Config, catalog: string): SummaryPart {
  const { databases } = config.glueScope
  const tablesOf = (names: readonly string[]) => (names.length === 0 ? 'every table' : `tables ${listNames(names)}`)
  // As glue/glue-access.ts's effectiveDatabaseAccess: written here, since importing it into the review's chunk
  // splits the first load into more chunks (+1.5 KB gzip).
  const writers = config.glueAccess === 'create-read' ? databases.filter((d) => d.access === 'read-write') : []
  const can = [
    ...databases.map((d) => `Reads ${tablesOf(d.tables.map((t) => t.name))} of database ${d.name} in ${catalog}, with their partitions`),
    ...writers.map((d) => `Creates, changes and deletes ${tablesOf(d.tables.map((t) => t.name))} of database ${d.name}, and their partitions`),
  ]
  if (!databases.some((d) => d.name === 'default')) can.push('Looks up the default database (GetDatabase only), as Spark does at start')
  return {
    can,
    cannot: [
      'Cannot use any other database of the Data Catalog, nor another account’s or region’s catalog',
      writers.length === 0 ? 'Cannot create, change or delete anything in the Data Catalog' : 'Cannot create or delete databases',
    ],
  }
}
