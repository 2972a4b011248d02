import { describe, expect, it } from 'vitest'
import { configSchema, type Config } from '../config/schema'
import { lakeFormationConfig, scopedGlueConfig } from '../glue/glue-test-configs'
import { buildRoleDocuments } from '../role/build-role-documents'
import { explainDocument } from './explain-document'

function explained(raw: Config) {
  const config = configSchema.parse(raw)
  const explanations = explainDocument(config, 'permissions-policy', buildRoleDocuments(config).permissionsPolicy)
  return Object.fromEntries(explanations.map((e) => [e.sid, e]))
}

describe('explanations of scoped Glue, the Iceberg REST endpoint and Lake Formation', () => {
  const bySid = explained(scopedGlueConfig())

  it.each<[string, string, RegExp]>([
    ['GlueReadListedDatabases', 'glueScope.databases.0.name', /^glue:GetDatabase and glue:GetDatabases on the catalog and the databases "sales" and "analytics"/],
    ['GlueReadDefaultDatabase', 'glueScope.scope', /reads "default" when a session starts/],
    ['GlueReadListedTables', 'glueScope.databases.0.tables.0.name', /the tables "orders" and "customers" of "sales", every table of "analytics"/],
    ['GlueReadListedFunctions', 'glueScope.databases.0.name', /functions of "sales" and "analytics"/],
    ['GlueWriteListedTables', 'glueScope.databases.1.access', /every table of "analytics": you chose read and write there/],
    ['GlueIcebergRestCatalog', 'glueScope.icebergRest', /^glue:GetCatalog on the Glue Data Catalog of account 123456789012 in us-east-1: you use the Glue Iceberg REST endpoint/],
  ])('%s → %s', (sid, field, sentence) => {
    expect(bySid[sid]?.field).toBe(field)
    expect(bySid[sid]?.sentence).toMatch(sentence)
  })

  it('Lake Formation: why "*", and which grants the data-lake administrator makes', () => {
    const lakeFormation = explained(lakeFormationConfig()).LakeFormationDataAccess
    expect(lakeFormation?.field).toBe('lakeFormation.enabled')
    expect(lakeFormation?.sentence).toMatch(/takes no resource/)
    expect(lakeFormation?.sentence).toMatch(/DESCRIBE and SELECT/)
  })

  it('names as typed, quoted literally', () => {
    const odd = scopedGlueConfig({
      glueScope: { scope: 'databases', databases: [{ name: 'sales-eu 2024', access: 'read', tables: [{ name: 'ünïcode' }] }], icebergRest: false },
    })
    expect(explained(odd).GlueReadListedTables?.sentence).toContain('the tables "ünïcode" of "sales-eu 2024"')
  })
})
