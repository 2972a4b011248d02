import { describe, expect, it } from 'vitest'
import { configSchema } from '../config/schema'
import { lakeFormationConfig, scopedGlueConfig } from '../glue/glue-test-configs'
import { buildRoleDocuments } from '../role/build-role-documents'
import { testConfig } from '../test-configs'
import { summarizeGlue } from './glue-summary'

describe('summarizeGlue', () => {
  it('listed databases: each database read, the read-write one written, the default database looked up', () => {
    expect(summarizeGlue(scopedGlueConfig())).toEqual({
      can: [
        'Reads tables orders and customers of database sales in the Glue Data Catalog of account 123456789012 in us-east-1, with their partitions',
        'Reads every table of database analytics in the Glue Data Catalog of account 123456789012 in us-east-1, with their partitions',
        'Creates, changes and deletes every table of database analytics, and their partitions',
        'Looks up the default database (GetDatabase only), as Spark does at start',
        'Reads the catalog itself (glue:GetCatalog), as the Glue Iceberg REST endpoint requires',
      ],
      cannot: ['Cannot use any other database of the Data Catalog, nor another account’s or region’s catalog', 'Cannot create or delete databases'],
    })
  })

  it('"Read only" listed databases: nothing written, whatever each row says', () => {
    const { can, cannot } = summarizeGlue(scopedGlueConfig({ glueAccess: 'read' }))
    expect(can.some((s) => s.startsWith('Creates'))).toBe(false)
    expect(cannot).toContain('Cannot create, change or delete anything in the Data Catalog')
  })

  it('all databases reads as before; Lake Formation adds one sentence', () => {
    expect(summarizeGlue(testConfig({ glueAccess: 'read' })).can).toEqual([
      'Reads the Glue Data Catalog of account 123456789012 in us-east-1 (all databases, tables and partitions)',
    ])
    expect(summarizeGlue(lakeFormationConfig()).can.at(-1)).toBe(
      'Asks Lake Formation for temporary credentials to the data of the tables it governs, as far as its grants allow',
    )
  })

  it('every sentence is true of the documents: the databases named are the databases granted', () => {
    const config = configSchema.parse(scopedGlueConfig())
    const statements = buildRoleDocuments(config).permissionsPolicy?.Statement ?? []
    const databases = new Set(
      statements.flatMap((s) => [s.Resource ?? []].flat()).flatMap((arn) => /:database\/([^/]+)$/.exec(arn)?.[1] ?? []),
    )
    expect([...databases].sort()).toEqual(['analytics', 'default', 'sales'])
    const deletes = statements.flatMap((s) => [s.Action].flat()).filter((a) => a.startsWith('glue:') && a.includes('Delete'))
    expect(deletes.some((a) => a.includes('Database'))).toBe(false)
  })
})
