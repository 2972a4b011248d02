import { describe, expect, it } from 'vitest'
import type { Config } from '../config/schema'
import { scopedGlueConfig } from '../glue/glue-test-configs'
import { testConfig } from '../test-configs'
import { assessGlueRisks } from './glue-risks'

const ids = (config: Config) => assessGlueRisks(config).map((r) => `${r.id}@${r.field}`)
const allDatabases = { scope: 'all-databases' as const, databases: [], icebergRest: false }

describe('assessGlueRisks', () => {
  it.each<[string, Config, string[]]>([
    ['no Glue access', testConfig({ glueAccess: 'none' }), []],
    ['read on every database', testConfig({ glueAccess: 'read', glueScope: allDatabases }), ['glue-read-all-databases@glueScope.scope']],
    ['create and read on every database', testConfig({ glueAccess: 'create-read', glueScope: allDatabases }), ['glue-create-read-all@glueAccess']],
    ['listed databases, read and read-write', scopedGlueConfig(), []],
    ['listed databases, read only', scopedGlueConfig({ glueAccess: 'read' }), []],
    ['the Iceberg endpoint on every database still warns', testConfig({ glueAccess: 'read', glueScope: { ...allDatabases, icebergRest: true } }), ['glue-read-all-databases@glueScope.scope']],
  ])('%s', (_name, config, expected) => {
    expect(ids(config)).toEqual(expected)
  })

  it('each warning says what to list instead', () => {
    for (const glueAccess of ['read', 'create-read'] as const) {
      const [risk] = assessGlueRisks(testConfig({ glueAccess }))
      expect(risk?.saferAlternative).toContain('Databases I list')
    }
  })
})
