import { describe, expect, it } from 'vitest'
import type { BucketEntry } from '../config/schema'
import type { Statement } from '../iam/policy'
import { buildBucketStatements } from './bucket-statements'

const bySid = (statements: Statement[]): Record<string, Statement | undefined> =>
  Object.fromEntries(statements.map((s) => [s.Sid ?? '', s]))

describe('S3 statements', () => {
  it('read and write adds what Spark’s committers need for multipart uploads, on the right ARN types', () => {
    const buckets: BucketEntry[] = [
      { name: 'amzn-example-in', prefix: '', access: 'read' },
      { name: 'amzn-example-out', prefix: 'results/', access: 'read-write' },
    ]
    const statements = bySid(buildBucketStatements('aws', buckets))
    expect(statements.ListMultipartUploads).toEqual({
      Sid: 'ListMultipartUploads',
      Effect: 'Allow',
      Action: ['s3:ListBucketMultipartUploads'],
      Resource: ['arn:aws:s3:::amzn-example-out'],
    })
    expect(statements.ReadWriteObjects?.Action).toEqual(['s3:AbortMultipartUpload', 's3:DeleteObject', 's3:GetObject', 's3:PutObject'])
    expect(statements.ReadWriteObjects?.Resource).toEqual(['arn:aws:s3:::amzn-example-out/results/*'])
    expect(statements.ReadObjects?.Action).toEqual(['s3:GetObject'])
  })

  it('read only grants no multipart actions', () => {
    const statements = buildBucketStatements('aws-cn', [{ name: 'amzn-example-in', prefix: '', access: 'read' }])
    expect(JSON.stringify(statements)).not.toContain('Multipart')
  })

  it('lists each bucket once for multipart uploads, however many prefixes it has', () => {
    const buckets: BucketEntry[] = ['a/', 'b/', 'c/'].map((prefix) => ({ name: 'amzn-example-out', prefix, access: 'read-write' }))
    const statements = bySid(buildBucketStatements('aws', buckets))
    expect(statements.ListMultipartUploads?.Resource).toEqual(['arn:aws:s3:::amzn-example-out'])
    expect(statements.ListPrefixesInAmznExampleOut?.Condition).toEqual({ StringLike: { 's3:prefix': ['a/*', 'b/*', 'c/*'] } })
  })

  it('10,000 buckets: every bucket and prefix reaches its statement', () => {
    const buckets: BucketEntry[] = Array.from({ length: 10_000 }, (_, i) => ({
      name: `amzn-example-${String(i % 5000).padStart(5, '0')}`,
      prefix: i < 5000 ? '' : `p${i}/`,
      access: i % 2 === 0 ? 'read' : 'read-write',
    }))
    const statements = bySid(buildBucketStatements('aws', buckets))
    expect(statements.ListBuckets?.Resource).toHaveLength(5000)
    expect(statements.ReadObjects?.Resource).toHaveLength(5000)
    expect(statements.ReadWriteObjects?.Resource).toHaveLength(5000)
  })
})
