import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultTableBuckets } from '../config/table-buckets-schema'
import { asGoldenJson } from '../golden.test-util'
import { buildRoleDocuments } from '../role/build-role-documents'
import { testConfig } from '../test-configs'
import { configFileJsonSchema, openConfigFile } from './config-file'
import { migrateConfig } from './migrate'
import { openShareLink } from './share-codec'

const HERE = import.meta.dirname
/** A link copied before S3 Tables existed (and before "Submitters can run jobs"): it has no `tableBuckets`. */
const OLD_LINK = readFileSync(join(HERE, 'fixtures', 'link-before-job-runs.txt'), 'utf8').trim()
/** That configuration's documents, as the golden file written before table buckets existed holds them. */
const OLD_DOCUMENTS = readFileSync(join(HERE, '..', 'serverless', 'golden', 'specific-one-bucket.json'), 'utf8')

describe('configurations made before S3 table buckets', () => {
  it('a link opens with no table buckets and the same documents', () => {
    const opened = openShareLink(OLD_LINK)
    if (!opened.ok || opened.config === null) throw new Error(JSON.stringify(opened))
    expect(opened.problems).toEqual([])
    expect(opened.config.tableBuckets).toEqual(defaultTableBuckets())
    const { roleArn, permissionsPolicy, managedPolicyArns, trustPolicy, submitterPolicy } = buildRoleDocuments(opened.config)
    expect(asGoldenJson({ roleArn, permissionsPolicy, managedPolicyArns, trustPolicy, submitterPolicy })).toBe(OLD_DOCUMENTS)
  })

  it('a configuration file without the field opens with no table buckets', () => {
    const old: Record<string, unknown> = { ...testConfig() }
    delete old.tableBuckets
    const opened = openConfigFile(JSON.stringify({ version: 2, config: old }))
    expect(opened.ok && opened.config?.tableBuckets).toEqual([])
  })

  it('a file with table buckets keeps them exactly', () => {
    const rows = [{ bucket: 'arn:aws:s3tables:eu-west-1:210987654321:bucket/shared', namespace: 'sales', access: 'read-write' as const }]
    const opened = openConfigFile(JSON.stringify({ version: 2, config: testConfig({ tableBuckets: rows }) }))
    expect(opened.ok && opened.config?.tableBuckets).toEqual(rows)
  })

  it('the JSON Schema describes the answer and does not require it of older files', () => {
    const schema = configFileJsonSchema() as { properties: { config: { properties: Record<string, unknown>; required: string[] } } }
    expect(schema.properties.config.properties.tableBuckets).toMatchObject({ type: 'array' })
    expect(schema.properties.config.required).not.toContain('tableBuckets')
  })

  it('format 1 links gain it too', () => {
    expect(migrateConfig({ region: 'us-east-1' }, 1)).toMatchObject({ tableBuckets: [] })
  })
})
