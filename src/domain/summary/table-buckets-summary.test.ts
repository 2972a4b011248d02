import { describe, expect, it } from 'vitest'
import type { TableBucketEntry } from '../config/table-buckets-schema'
import { testConfig } from '../test-configs'
import { summarizeRole } from './role-summary'
import { summarizeTableBuckets } from './table-buckets-summary'

const row = (bucket: string, access: TableBucketEntry['access'], namespace = ''): TableBucketEntry => ({ bucket, namespace, access })

describe('the summary of S3 table buckets', () => {
  it('says nothing when none is listed', () => {
    expect(summarizeTableBuckets(testConfig())).toEqual({ can: [], cannot: [] })
  })

  it('tells each row, where it is and what it may do', () => {
    const config = testConfig({
      tableBuckets: [
        row('lake', 'read'),
        row('arn:aws:s3tables:eu-west-1:210987654321:bucket/shared', 'read-write', 'sales'),
        row('raw', 'read-write'),
        row('arn:aws:s3tables:eu-west-1:123456789012:bucket/mine', 'read', 'hr'),
      ],
    })
    expect(summarizeTableBuckets(config)).toEqual({
      can: [
        'Reads the tables in every namespace of table bucket lake',
        'Reads, creates and writes tables in namespace sales of table bucket shared (account 210987654321, eu-west-1)',
        'Reads, creates and writes tables, and creates namespaces, in every namespace of table bucket raw',
        'Reads the tables in namespace hr of table bucket mine (in eu-west-1)',
      ],
      cannot: ['Cannot delete or rename S3 tables, namespaces or table buckets, or change their policies, encryption or maintenance'],
    })
  })

  it('read only: says it cannot write; a namespace row its whole bucket covers is not told twice', () => {
    expect(summarizeTableBuckets(testConfig({ tableBuckets: [row('lake', 'read'), row('lake', 'read', 'sales')] }))).toEqual({
      can: ['Reads the tables in every namespace of table bucket lake'],
      cannot: [
        'Cannot create or write any S3 table',
        'Cannot delete or rename S3 tables, namespaces or table buckets, or change their policies, encryption or maintenance',
      ],
    })
  })

  it('a role with table buckets only still says what else it cannot do', () => {
    const summary = summarizeRole(testConfig({ s3Access: 'none', emrSamplesAccess: false, tableBuckets: [row('lake', 'read')] }))
    expect(summary.can).toContain('Reads the tables in every namespace of table bucket lake')
    expect(summary.cannot).toContain('Has no permissions for any other AWS service, IAM and KMS included')
  })
})
