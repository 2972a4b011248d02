import type { BucketEntry } from '../config/schema'
import { s3BucketArn, s3ObjectArn } from '../iam/arn'
import { oneOrMany, sortedUnique, type Statement } from '../iam/policy'
import { createSidAllocator, sidFragment } from '../iam/sid'

export const READ_OBJECT_ACTIONS = ['s3:GetObject']
/**
 * Spark's S3 committers (the EMRFS S3-optimized committer, S3A) write through multipart uploads and abort the
 * uploads of failed tasks: s3:PutObject covers create/upload/complete, s3:AbortMultipartUpload is separate
 * (domain-facts §9).
 */
export const READ_WRITE_OBJECT_ACTIONS = ['s3:AbortMultipartUpload', 's3:DeleteObject', 's3:GetObject', 's3:PutObject']
/** On the bucket ARN; this action has no s3:prefix condition key, so it cannot be limited to a prefix. */
export const WRITE_BUCKET_ACTIONS = ['s3:ListBucketMultipartUploads']

/** Read access to the buckets that hold the EMR samples (`*.elasticmapreduce`). */
export function buildEmrSamplesStatements(partition: string): Statement[] {
  return [
    {
      Sid: 'ListEMRSamplesBuckets',
      Effect: 'Allow',
      Action: ['s3:ListBucket'],
      Resource: [s3BucketArn(partition, '*.elasticmapreduce')],
    },
    {
      Sid: 'ReadEMRSamplesObjects',
      Effect: 'Allow',
      Action: READ_OBJECT_ACTIONS,
      Resource: [s3ObjectArn(partition, '*.elasticmapreduce', '')],
    },
  ]
}

/**
 * Statements for "Specific buckets": `s3:ListBucket` on bucket ARNs (limited by `s3:prefix` where every
 * entry for that bucket has a prefix), object actions on object ARNs, grouped by access level.
 */
export function buildBucketStatements(partition: string, buckets: readonly BucketEntry[]): Statement[] {
  const nextSid = createSidAllocator()
  const statements: Statement[] = []
  const byName = groupBy(buckets, (b) => b.name)

  const wholeBuckets = sortedUnique(buckets.filter((b) => b.prefix === '').map((b) => b.name))
  if (wholeBuckets.length > 0) {
    statements.push({
      Sid: nextSid('ListBuckets'),
      Effect: 'Allow',
      Action: ['s3:ListBucket'],
      Resource: wholeBuckets.map((name) => s3BucketArn(partition, name)),
    })
  }

  const whole = new Set(wholeBuckets)
  const prefixedOnly = sortedUnique(byName.keys()).filter((name) => !whole.has(name))
  for (const name of prefixedOnly) {
    const prefixes = sortedUnique((byName.get(name) ?? []).map((b) => `${b.prefix}*`))
    statements.push({
      Sid: nextSid(`ListPrefixesIn${sidFragment(name)}`),
      Effect: 'Allow',
      Action: ['s3:ListBucket'],
      Resource: [s3BucketArn(partition, name)],
      Condition: { StringLike: { 's3:prefix': oneOrMany(prefixes) } },
    })
  }

  const writtenBuckets = sortedUnique(buckets.filter((b) => b.access === 'read-write').map((b) => b.name))
  if (writtenBuckets.length > 0) {
    statements.push({
      Sid: nextSid('ListMultipartUploads'),
      Effect: 'Allow',
      Action: WRITE_BUCKET_ACTIONS,
      Resource: writtenBuckets.map((name) => s3BucketArn(partition, name)),
    })
  }

  const objectArns = (access: BucketEntry['access']) =>
    sortedUnique(buckets.filter((b) => b.access === access).map((b) => s3ObjectArn(partition, b.name, b.prefix)))
  const readArns = objectArns('read')
  if (readArns.length > 0) {
    statements.push({ Sid: nextSid('ReadObjects'), Effect: 'Allow', Action: READ_OBJECT_ACTIONS, Resource: readArns })
  }
  const readWriteArns = objectArns('read-write')
  if (readWriteArns.length > 0) {
    statements.push({
      Sid: nextSid('ReadWriteObjects'),
      Effect: 'Allow',
      Action: READ_WRITE_OBJECT_ACTIONS,
      Resource: readWriteArns,
    })
  }
  return statements
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const group = groups.get(key(item))
    if (group) group.push(item)
    else groups.set(key(item), [item])
  }
  return groups
}

/** The AWS managed policy the console attaches for "All buckets" (domain-facts §4). */
export const S3_FULL_ACCESS_POLICY = 'AmazonS3FullAccess'
