import type { TableBucketEntry } from '../config/table-buckets-schema'
import { parseTableBucketArn } from './table-bucket-arn'

/** The table bucket's ARN: the one pasted, exactly, or the name's in the role's own account and region. */
export function tableBucketArn(context: { partition: string; region: string; accountId: string }, bucket: string): string {
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
