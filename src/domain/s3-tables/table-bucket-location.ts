import type { TableBucketEntry } from '../config/table-buckets-schema'
import type { RoleContext } from '../context/role-context'
import { parseTableBucketArn } from './table-bucket-names'

/** A table's ARN as people copy it from the console: its table bucket's ARN followed by /table/<id>. */
const TABLE_SUFFIX = /\/table\/.*$/

/**
 * What a table bucket field stores after `text` was pasted or typed into it: a table bucket ARN (or a table's ARN,
 * cut to its bucket) in the role's own partition, account and region becomes the bare name, as other ARN fields
 * keep only the ID; an ARN anywhere else is kept whole, so its account and region reach the policy exactly.
 * Anything else is only trimmed, for the field's rule to judge.
 */
export function tableBucketFromPaste(text: string, role: RoleContext): string {
  const trimmed = text.trim()
  if (!trimmed.startsWith('arn:')) return trimmed
  const bucketArn = trimmed.includes(':bucket/') ? trimmed.replace(TABLE_SUFFIX, '') : trimmed
  const arn = parseTableBucketArn(bucketArn)
  if (arn === undefined) return trimmed
  const own = arn.partition === role.partition && arn.region === role.region && arn.accountId === role.accountId
  return own ? arn.name : bucketArn
}

/** The table bucket's ARN: the one pasted, exactly, or the name's in the role's own account and region. */
export function tableBucketArn(context: RoleContext, bucket: string): string {
  return bucket.startsWith('arn:') ? bucket : `arn:${context.partition}:s3tables:${context.region}:${context.accountId}:bucket/${bucket}`
}

/** Every table of the bucket: tables are named by ID in their ARN, …:bucket/<name>/table/<tableId>. */
export function tablesArn(bucketArn: string): string {
  return `${bucketArn}/table/*`
}

/** The bucket's name, whether the row holds a name or an ARN. */
export function tableBucketName(entry: Pick<TableBucketEntry, 'bucket'>): string {
  return parseTableBucketArn(entry.bucket)?.name ?? entry.bucket
}
