import type { GlueDatabase, GlueScope } from '../config/glue-scope-schema'
import { DEFAULT_GLUE_DATABASE, effectiveDatabaseAccess } from './glue-access'
import type { GlueAccess } from '../config/schema'
import type { RoleContext } from '../context/role-context'
import { glueArn } from '../iam/arn'
import { sortedUnique, type Statement } from '../iam/policy'
import { buildGlueStatements } from './glue-statements'

/** Read a listed database itself: its definition, and listing databases (only the listed ones are covered). */
export const GLUE_DATABASE_READ_ACTIONS = sortedUnique(['glue:GetDatabase', 'glue:GetDatabases'])

/** Read a table's definition and partitions; partitions are authorized on their table (no partition ARN exists). */
export const GLUE_TABLE_READ_ACTIONS = sortedUnique([
  'glue:GetTable',
  'glue:GetTables',
  'glue:GetPartition',
  'glue:GetPartitions',
  'glue:BatchGetPartition',
])

export const GLUE_FUNCTION_READ_ACTIONS = ['glue:GetUserDefinedFunctions']

/** Create, change and delete tables and their partitions, and read the table versions each change leaves. */
export const GLUE_TABLE_WRITE_ACTIONS = sortedUnique([
  'glue:CreateTable',
  'glue:UpdateTable',
  'glue:DeleteTable',
  'glue:GetTableVersion',
  'glue:GetTableVersions',
  'glue:CreatePartition',
  'glue:BatchCreatePartition',
  'glue:UpdatePartition',
  'glue:BatchUpdatePartition',
  'glue:DeletePartition',
  'glue:BatchDeletePartition',
])

/**
 * The Glue Data Catalog statements: every database as before (`buildGlueStatements`, byte for byte), or only the listed
 * databases; then glue:GetCatalog for the Iceberg REST endpoint when asked.
 */
export function buildGlueCatalogStatements(context: RoleContext, glueAccess: GlueAccess, scope: GlueScope): Statement[] {
  if (glueAccess === 'none') return []
  const statements =
    scope.scope === 'all-databases' ? buildGlueStatements(context, glueAccess) : buildListedDatabaseStatements(context, glueAccess, scope.databases)
  if (scope.icebergRest) {
    statements.push({ Sid: 'GlueIcebergRestCatalog', Effect: 'Allow', Action: ['glue:GetCatalog'], Resource: [glueArn(context, 'catalog')] })
  }
  return statements
}

/**
 * Glue authorizes a Data Catalog call on every level it touches: the catalog, the database and, for a table call, the
 * table (Service Authorization Reference, AWS Glue). So each statement names the catalog, the listed databases and
 * their tables (`table/<db>/*` when none are listed); a table ARN names its database, so one statement serves several
 * databases without reaching a table of one through another.
 */
function buildListedDatabaseStatements(context: RoleContext, glueAccess: GlueAccess, databases: readonly GlueDatabase[]): Statement[] {
  const catalog = glueArn(context, 'catalog')
  const databaseArn = (database: GlueDatabase) => glueArn(context, `database/${database.name}`)
  const tableArns = (database: GlueDatabase) =>
    database.tables.length === 0
      ? [glueArn(context, `table/${database.name}/*`)]
      : database.tables.map((table) => glueArn(context, `table/${database.name}/${table.name}`))
  const writers = databases.filter((database) => effectiveDatabaseAccess(glueAccess, database) === 'read-write')
  const statements: Statement[] = [
    { Sid: 'GlueReadListedDatabases', Effect: 'Allow', Action: GLUE_DATABASE_READ_ACTIONS, Resource: sortedUnique([catalog, ...databases.map(databaseArn)]) },
  ]
  if (!databases.some((database) => database.name === DEFAULT_GLUE_DATABASE)) {
    statements.push({
      Sid: 'GlueReadDefaultDatabase',
      Effect: 'Allow',
      Action: ['glue:GetDatabase'],
      Resource: [catalog, glueArn(context, `database/${DEFAULT_GLUE_DATABASE}`)],
    })
  }
  statements.push(
    {
      Sid: 'GlueReadListedTables',
      Effect: 'Allow',
      Action: GLUE_TABLE_READ_ACTIONS,
      Resource: sortedUnique([catalog, ...databases.flatMap((database) => [databaseArn(database), ...tableArns(database)])]),
    },
    {
      Sid: 'GlueReadListedFunctions',
      Effect: 'Allow',
      Action: GLUE_FUNCTION_READ_ACTIONS,
      Resource: sortedUnique([
        catalog,
        ...databases.flatMap((database) => [databaseArn(database), glueArn(context, `userDefinedFunction/${database.name}/*`)]),
      ]),
    },
  )
  if (writers.length > 0) {
    statements.push({
      Sid: 'GlueWriteListedTables',
      Effect: 'Allow',
      Action: GLUE_TABLE_WRITE_ACTIONS,
      Resource: sortedUnique([catalog, ...writers.flatMap((database) => [databaseArn(database), ...tableArns(database)])]),
    })
  }
  return statements
}
