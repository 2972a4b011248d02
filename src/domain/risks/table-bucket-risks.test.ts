import { describe, expect, it } from 'vitest'
import { configSchema, type Config } from '../config/schema'
import type { TableBucketEntry } from '../config/table-buckets-schema'
import { buildRoleDocuments } from '../role/build-role-documents'
import { testConfig } from '../test-configs'
import { assessRisks } from './assess-risks'

const OTHER = 'arn:aws:s3tables:eu-west-1:210987654321:bucket/shared'
const OWN_REGION_ELSEWHERE = 'arn:aws:s3tables:eu-west-1:123456789012:bucket/mine'
const row = (bucket: string, access: TableBucketEntry['access'], namespace = ''): TableBucketEntry => ({ bucket, namespace, access })

function risks(tableBuckets: TableBucketEntry[]) {
  const config: Config = configSchema.parse(testConfig({ tableBuckets }))
  return assessRisks(config, buildRoleDocuments(config)).filter((r) => r.id.startsWith('s3-tables-'))
}

describe('S3 Tables risks', () => {
  it.each<[string, TableBucketEntry[], string[]]>([
    ['none', [], []],
    ['read only', [row('lake', 'read')], []],
    ['read and write limited to a namespace', [row('lake', 'read-write', 'sales')], []],
    ['read and write on a whole bucket', [row('lake', 'read'), row('raw', 'read-write')], ['s3-tables-write-every-namespace@tableBuckets.1.access']],
    ['another account (informational)', [row(OTHER, 'read', 'sales')], ['s3-tables-other-account@tableBuckets.0.bucket']],
    ['the role’s own account in another region: nothing to ask of anyone', [row(OWN_REGION_ELSEWHERE, 'read')], []],
  ])('%s', (_name, tableBuckets, expected) => {
    expect(risks(tableBuckets).map((r) => `${r.id}@${r.field}`)).toEqual(expected)
  })

  it('names the buckets written everywhere and the other account', () => {
    const [write, other] = risks([row('raw', 'read-write'), row(OTHER, 'read-write')])
    expect(write?.detail).toContain(`raw, ${OTHER}`)
    expect(other?.detail).toContain('shared belongs to account 210987654321')
    expect(other?.informational).toEqual({ answers: [OTHER] })
  })
})
