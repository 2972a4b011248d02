import type { BucketEntry } from '../config/schema'
import { s3BucketArn, s3ObjectArn } from '../iam/arn'
import { sortedUnique, type ConditionBlock, type Statement } from '../iam/policy'
import { createSidAllocator, sidFragment } from '../iam/sid'
import { parseKmsKeyArn } from './key-arn'

/** Reading SSE-KMS objects decrypts their data key; writing generates one and, for multipart uploads, decrypts it too. */
export const S3_KMS_READ_ACTIONS = ['kms:Decrypt']
export const S3_KMS_WRITE_ACTIONS = ['kms:GenerateDataKey']

/** `s3.<region>.amazonaws.com`: SSE-KMS needs the key in the bucket's region, so the key ARN's region is the bucket's. */
export function s3ViaService(keyArn: string): string {
  return `s3.${parseKmsKeyArn(keyArn)?.region ?? ''}.amazonaws.com`
}

/**
 * The values S3 puts in kms:EncryptionContext:aws:s3:arn for this bucket entry: the bucket ARN when the bucket uses
 * an S3 Bucket Key, else the object's ARN (under the prefix). Both are listed, so the condition holds either way.
 */
function encryptionContexts(partition: string, bucket: BucketEntry): string[] {
  return [s3BucketArn(partition, bucket.name), s3ObjectArn(partition, bucket.name, bucket.prefix)]
}

/** Buckets that name a KMS key (an empty name is a key still to be named: it never reaches a statement). */
export function bucketsWithKeys(buckets: readonly BucketEntry[]): BucketEntry[] {
  return buckets.filter((b) => b.kmsKeyArn !== undefined && b.kmsKeyArn !== '')
}

/**
 * For each KMS key the buckets name: kms:Decrypt for the buckets read or written with it, kms:GenerateDataKey for the
 * buckets written, on that key's ARN only, through S3 in the key's region and for those buckets' encryption context.
 */
export function buildBucketKeyStatements(partition: string, buckets: readonly BucketEntry[]): Statement[] {
  const keyed = bucketsWithKeys(buckets)
  if (keyed.length === 0) return []
  const nextSid = createSidAllocator()
  const statements: Statement[] = []
  for (const key of sortedUnique(keyed.map((b) => b.kmsKeyArn ?? ''))) {
    const withKey = keyed.filter((b) => b.kmsKeyArn === key)
    const contexts = (entries: BucketEntry[]) => sortedUnique(entries.flatMap((b) => encryptionContexts(partition, b)))
    const readContexts = contexts(withKey)
    const writeContexts = contexts(withKey.filter((b) => b.access === 'read-write'))
    const fragment = sidFragment(parseKmsKeyArn(key)?.keyId ?? key)
    const condition = (values: string[]): ConditionBlock => ({
      StringEquals: { 'kms:ViaService': s3ViaService(key) },
      StringLike: { 'kms:EncryptionContext:aws:s3:arn': values },
    })
    const sameContexts = writeContexts.length === readContexts.length
    statements.push({
      Sid: nextSid(`${sameContexts ? 'S3ReadWriteWithKey' : 'S3ReadWithKey'}${fragment}`),
      Effect: 'Allow',
      Action: sameContexts ? [...S3_KMS_READ_ACTIONS, ...S3_KMS_WRITE_ACTIONS] : S3_KMS_READ_ACTIONS,
      Resource: [key],
      Condition: condition(readContexts),
    })
    if (!sameContexts && writeContexts.length > 0) {
      statements.push({
        Sid: nextSid(`S3WriteWithKey${fragment}`),
        Effect: 'Allow',
        Action: S3_KMS_WRITE_ACTIONS,
        Resource: [key],
        Condition: condition(writeContexts),
      })
    }
  }
  return statements
}
