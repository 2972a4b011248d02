import { z } from 'zod/mini'

/** How a job may use a table bucket's tables: read them, or also create and write them. */
export const TABLE_BUCKET_ACCESS = ['read', 'read-write'] as const

/**
 * One S3 table bucket the job reads or writes through the S3 Tables catalog. `bucket` holds its name (the table
 * bucket is then in the role's own account and region), or its whole ARN when it is in another account or region
 * (S3 Tables ARNs carry both: arn:<partition>:s3tables:<region>:<account>:bucket/<name>). `namespace` limits the
 * access to one namespace; empty means every namespace of the bucket.
 */
export const tableBucketEntrySchema = z.object({
  bucket: z.string(),
  namespace: z.string(),
  access: z.enum(TABLE_BUCKET_ACCESS),
})

export const tableBucketsSchema = z.array(tableBucketEntrySchema)

export type TableBucketEntry = z.output<typeof tableBucketEntrySchema>
export type TableBucketAccess = (typeof TABLE_BUCKET_ACCESS)[number]

/** None, as every configuration made before the answer existed: its documents stay as they were. */
export function defaultTableBuckets(): TableBucketEntry[] {
  return []
}
