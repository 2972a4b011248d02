/** The table bucket ARN form (Service Authorization Reference, list_amazons3tables: resource type TableBucket). */
const TABLE_BUCKET_ARN = /^arn:([^:]*):s3tables:([^:]*):([^:]*):bucket\/(.*)$/

export interface TableBucketArnParts {
  partition: string
  region: string
  accountId: string
  name: string
}

/** The parts of `arn:<partition>:s3tables:<region>:<account>:bucket/<name>`, or undefined for any other text. */
export function parseTableBucketArn(text: string): TableBucketArnParts | undefined {
  const match = TABLE_BUCKET_ARN.exec(text)
  if (!match) return undefined
  const [, partition = '', region = '', accountId = '', name = ''] = match
  return { partition, region, accountId, name }
}
