import type { Partition } from '../config/partition'
import type { BucketEntry } from '../config/schema'
import { s3BucketArn, s3ObjectArn } from '../iam/arn'
import { oneOrMany, sortedUnique, type Statement } from '../iam/policy'
import { createSidAllocator, sidFragment } from '../iam/sid'

export const READ_OBJECT_ACTIONS = ['s3:GetObject']
export const READ_WRITE_OBJECT_ACTIONS = ['s3:DeleteObject', 's3:GetObject', 's3:PutObject']

/** Read access to the buckets that hold the EMR samples (`*.elasticmapreduce`). */
export function buildEmrSamplesStatements(partition: Partition): Statement[] {
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
export function buildBucketStatements(partition: Partition, buckets: readonly BucketEntry[]): Statement[] {
  const nextSid = createSidAllocator()
  const statements: Statement[] = []

  const wholeBuckets = sortedUnique(buckets.filter((b) => b.prefix === '').map((b) => b.name))
  if (wholeBuckets.length > 0) {
    statements.push({
      Sid: nextSid('ListBuckets'),
      Effect: 'Allow',
      Action: ['s3:ListBucket'],
      Resource: wholeBuckets.map((name) => s3BucketArn(partition, name)),
    })
  }

  const prefixedOnly = sortedUnique(buckets.map((b) => b.name)).filter((name) => !wholeBuckets.includes(name))
  for (const name of prefixedOnly) {
    const prefixes = sortedUnique(buckets.filter((b) => b.name === name).map((b) => `${b.prefix}*`))
    statements.push({
      Sid: nextSid(`ListPrefixesIn${sidFragment(name)}`),
      Effect: 'Allow',
      Action: ['s3:ListBucket'],
      Resource: [s3BucketArn(partition, name)],
      Condition: { StringLike: { 's3:prefix': oneOrMany(prefixes) } },
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

/** The AWS managed policy the console attaches for "All buckets" (domain-facts §4). */
export const S3_FULL_ACCESS_POLICY = 'AmazonS3FullAccess'
