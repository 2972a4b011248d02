import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultGlueScope } from '../config/glue-scope-schema'
import { defaultLakeFormation } from '../config/lake-formation-schema'
import { asGoldenJson } from '../golden.test-util'
import { scopedGlueConfig } from '../glue/glue-test-configs'
import { buildRoleDocuments } from '../role/build-role-documents'
import { testConfig } from '../test-configs'
import { openConfigFile } from './config-file'
import { migrateConfig } from './migrate'
import { decodeConfig, openShareLink } from './share-codec'
import { encodeConfig, withoutDefaultLaterAnswers } from './share-encode'

const HERE = import.meta.dirname
/** A link copied before Glue could be scoped: Glue create and read, no `glueScope`, no `lakeFormation`. */
const OLD_LINK = readFileSync(join(HERE, 'fixtures', 'link-before-glue-scope.txt'), 'utf8').trim()
/** That configuration's documents, as the golden file written before the answers existed holds them. */
const OLD_DOCUMENTS = readFileSync(join(HERE, '..', 'serverless', 'golden', 'glue-create-read.json'), 'utf8')

describe('configurations made before Glue scoping and Lake Formation', () => {
  it('a link opens with all databases, no Iceberg endpoint, no Lake Formation, and the same documents', () => {
    const opened = openShareLink(OLD_LINK)
    if (!opened.ok || opened.config === null) throw new Error(JSON.stringify(opened))
    expect(opened.problems).toEqual([])
    expect(opened.config).toEqual(testConfig({ region: 'us-east-1', glueAccess: 'create-read' }))
    expect(opened.config.glueScope).toEqual(defaultGlueScope())
    expect(opened.config.lakeFormation).toEqual(defaultLakeFormation())
    const { roleArn, permissionsPolicy, managedPolicyArns, trustPolicy, submitterPolicy } = buildRoleDocuments(opened.config)
    expect(asGoldenJson({ roleArn, permissionsPolicy, managedPolicyArns, trustPolicy, submitterPolicy })).toBe(OLD_DOCUMENTS)
  })

  it('a configuration file without the fields opens with them at their defaults', () => {
    const old: Record<string, unknown> = { ...testConfig({ glueAccess: 'read' }) }
    delete old.glueScope
    delete old.lakeFormation
    const opened = openConfigFile(JSON.stringify({ version: 2, config: old }))
    expect(opened.ok && opened.config?.glueScope).toEqual(defaultGlueScope())
    expect(opened.ok && opened.config?.lakeFormation).toEqual(defaultLakeFormation())
  })

  it('migrate fills in only what is missing', () => {
    expect(migrateConfig({ glueScope: 'as sent' }, 2)).toMatchObject({ glueScope: 'as sent', lakeFormation: defaultLakeFormation() })
  })

  it('a link leaves out answers at their defaults, and reads back the same', () => {
    const plain = testConfig()
    expect(Object.keys(withoutDefaultLaterAnswers(plain))).not.toContain('glueScope')
    expect(Object.keys(withoutDefaultLaterAnswers(plain))).not.toContain('lakeFormation')
    expect(decodeConfig(`#${encodeConfig(plain)}`)).toEqual({ ok: true, value: plain })
    const scoped = scopedGlueConfig({ lakeFormation: { enabled: true } })
    expect(Object.keys(withoutDefaultLaterAnswers(scoped))).toEqual(expect.arrayContaining(['glueScope', 'lakeFormation']))
    expect(decodeConfig(`#${encodeConfig(scoped)}`)).toEqual({ ok: true, value: scoped })
  })
})
