import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { configSchema, type Config } from '../config/schema'
import { asGoldenJson, expectGolden } from '../golden.test-util'
import { buildRoleDocuments } from '../role/build-role-documents'
import { testConfig, TEST_CONTEXT } from '../test-configs'
import { word } from '../config-arbitrary.test-util'
import { buildGlueCatalogStatements } from './glue-scoped-statements'
import { buildGlueStatements } from './glue-statements'
import { lakeFormationConfig, scopedGlueConfig, TWO_DATABASES } from './glue-test-configs'

const GOLDEN_DIR = join(import.meta.dirname, 'golden')
const ARN = 'arn:aws:glue:us-west-2:123456789012'

const CASES: Record<string, Config> = {
  'scoped-two-databases-iceberg': scopedGlueConfig(),
  'scoped-read-only-caps-writers': scopedGlueConfig({ glueAccess: 'read', glueScope: TWO_DATABASES }),
  'lake-formation-eks-all-databases': lakeFormationConfig(),
  'lake-formation-scoped-aws-cn': scopedGlueConfig({ region: 'cn-north-1', lakeFormation: { enabled: true } }),
}

describe('scoped Glue and Lake Formation documents (golden files)', () => {
  it.each(Object.entries(CASES))('%s', (name, config) => {
    const { roleArn, permissionsPolicy, managedPolicyArns, trustPolicy, submitterPolicy } = buildRoleDocuments(configSchema.parse(config))
    expectGolden(join(GOLDEN_DIR, `${name}.json`), asGoldenJson({ roleArn, permissionsPolicy, managedPolicyArns, trustPolicy, submitterPolicy }))
  })
})

describe('buildGlueCatalogStatements', () => {
  it('all databases writes exactly the statements it wrote before the answer existed', () => {
    for (const access of ['read', 'create-read'] as const) {
      expect(buildGlueCatalogStatements(TEST_CONTEXT, access, { scope: 'all-databases', databases: [], icebergRest: false })).toEqual(
        buildGlueStatements(TEST_CONTEXT, access),
      )
    }
  })

  it('no Glue access: nothing, whatever the scope', () => {
    expect(buildGlueCatalogStatements(TEST_CONTEXT, 'none', { ...TWO_DATABASES, icebergRest: true })).toEqual([])
  })

  it('names the catalog, the database and the table ARN each table action needs', () => {
    const statements = buildGlueCatalogStatements(TEST_CONTEXT, 'create-read', TWO_DATABASES)
    const tables = statements.find((s) => s.Sid === 'GlueReadListedTables')
    expect(tables?.Resource).toEqual([
      `${ARN}:catalog`,
      `${ARN}:database/analytics`,
      `${ARN}:database/sales`,
      `${ARN}:table/analytics/*`,
      `${ARN}:table/sales/customers`,
      `${ARN}:table/sales/orders`,
    ])
    const writes = statements.find((s) => s.Sid === 'GlueWriteListedTables')
    expect(writes?.Resource).toEqual([`${ARN}:catalog`, `${ARN}:database/analytics`, `${ARN}:table/analytics/*`])
    expect(writes?.Action).toEqual(expect.arrayContaining(['glue:BatchCreatePartition', 'glue:UpdatePartition', 'glue:DeletePartition', 'glue:UpdateTable', 'glue:GetTableVersions']))
  })

  it('the default database: GetDatabase on it and the catalog, unless it is listed', () => {
    const sids = (databases: Config['glueScope']['databases']) =>
      buildGlueCatalogStatements(TEST_CONTEXT, 'read', { scope: 'databases', databases, icebergRest: false }).map((s) => s.Sid)
    const defaultRead = buildGlueCatalogStatements(TEST_CONTEXT, 'read', TWO_DATABASES).find((s) => s.Sid === 'GlueReadDefaultDatabase')
    expect(defaultRead).toEqual({
      Sid: 'GlueReadDefaultDatabase',
      Effect: 'Allow',
      Action: ['glue:GetDatabase'],
      Resource: [`${ARN}:catalog`, `${ARN}:database/default`],
    })
    expect(sids([{ name: 'default', access: 'read', tables: [] }])).not.toContain('GlueReadDefaultDatabase')
  })

  it('"Read only" caps a read-write database at read: no write statement', () => {
    const sids = buildGlueCatalogStatements(TEST_CONTEXT, 'read', TWO_DATABASES).map((s) => s.Sid)
    expect(sids).toEqual(['GlueReadListedDatabases', 'GlueReadDefaultDatabase', 'GlueReadListedTables', 'GlueReadListedFunctions'])
  })

  it('the Iceberg REST endpoint: glue:GetCatalog on the catalog, with either scope', () => {
    for (const scope of ['all-databases', 'databases'] as const) {
      const last = buildGlueCatalogStatements(TEST_CONTEXT, 'read', { ...TWO_DATABASES, scope, icebergRest: true }).at(-1)
      expect(last).toEqual({ Sid: 'GlueIcebergRestCatalog', Effect: 'Allow', Action: ['glue:GetCatalog'], Resource: [`${ARN}:catalog`] })
    }
  })
})

describe('Lake Formation', () => {
  const lakeFormation = (config: Config) =>
    buildRoleDocuments(config).permissionsPolicy?.Statement.filter((s) => s.Sid === 'LakeFormationDataAccess') ?? []

  it('adds lakeformation:GetDataAccess on "*" (the action has no resource type)', () => {
    expect(lakeFormation(lakeFormationConfig())).toEqual([
      { Sid: 'LakeFormationDataAccess', Effect: 'Allow', Action: ['lakeformation:GetDataAccess'], Resource: ['*'] },
    ])
  })

  it('only with Glue access: Lake Formation governs Data Catalog tables', () => {
    expect(lakeFormation(lakeFormationConfig({ glueAccess: 'none' }))).toEqual([])
    expect(lakeFormation(testConfig({ glueAccess: 'read' }))).toEqual([])
  })
})

const databaseName = word(1, 8)
const scopedConfig = fc
  .record({
    glueAccess: fc.constantFrom('read' as const, 'create-read' as const),
    databases: fc.uniqueArray(
      fc.record({
        name: fc.oneof(databaseName, fc.constant('default')),
        access: fc.constantFrom('read' as const, 'read-write' as const),
        tables: fc.uniqueArray(word(1, 8), { maxLength: 3 }).map((names) => names.map((name) => ({ name }))),
      }),
      { minLength: 1, maxLength: 4, selector: (d) => d.name },
    ),
    icebergRest: fc.boolean(),
    lakeFormation: fc.boolean(),
  })
  .map(({ glueAccess, databases, icebergRest, lakeFormation }) =>
    testConfig({ glueAccess, glueScope: { scope: 'databases', databases, icebergRest }, lakeFormation: { enabled: lakeFormation } }),
  )

/** The database and table an ARN names: `database/<db>`, `table/<db>/<table>`, `userDefinedFunction/<db>/*`. */
function namedBy(arn: string): { database: string; table?: string } | undefined {
  const match = /:(database|table|userDefinedFunction)\/([^/]+)(?:\/(.+))?$/.exec(arn)
  if (!match) return undefined
  return match[1] === 'table' ? { database: match[2] ?? '', table: match[3] ?? '' } : { database: match[2] ?? '' }
}

describe('property: a scoped role reaches no Glue database or table the configuration did not name', () => {
  it('every database and table ARN is a listed one (or the default database, read only)', () => {
    fc.assert(
      fc.property(scopedConfig, (config) => {
        const parsed = configSchema.parse(config)
        const listed = new Map(parsed.glueScope.databases.map((d) => [d.name, d]))
        for (const statement of buildRoleDocuments(parsed).permissionsPolicy?.Statement ?? []) {
          const resources = typeof statement.Resource === 'string' ? [statement.Resource] : (statement.Resource ?? [])
          for (const arn of resources) {
            if (!arn.includes(':glue:')) continue
            expect(arn.startsWith(`arn:aws:glue:${parsed.region}:${parsed.accountId}:`), arn).toBe(true)
            // The only wildcards: every table or function of a listed database.
            expect(!arn.includes('*') || /:(table|userDefinedFunction)\/[^/*]+\/\*$/.test(arn), arn).toBe(true)
            const named = namedBy(arn)
            if (named === undefined) continue
            const database = listed.get(named.database)
            if (database === undefined) {
              expect(named.database, arn).toBe('default')
              expect(statement.Action, arn).toEqual(['glue:GetDatabase'])
              continue
            }
            if (named.table !== undefined && database.tables.length > 0) {
              expect(database.tables.map((t) => t.name), arn).toContain(named.table)
            }
            if (named.table !== undefined && database.tables.length === 0) expect(named.table, arn).toBe('*')
          }
          if (statement.Sid === 'GlueWriteListedTables') {
            const writers = parsed.glueScope.databases.filter((d) => parsed.glueAccess === 'create-read' && d.access === 'read-write')
            const databases = resources.map(namedBy).flatMap((n) => (n === undefined ? [] : [n.database]))
            expect(new Set(databases)).toEqual(new Set(writers.map((d) => d.name)))
          }
        }
      }),
      { numRuns: 200 },
    )
  })
})
