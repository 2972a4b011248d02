import type { Partition } from '../config/partition'

export function s3BucketArn(partition: Partition, bucket: string): string {
  return `arn:${partition}:s3:::${bucket}`
}

/** Every object whose key starts with `prefix` (the whole bucket when the prefix is empty). */
export function s3ObjectArn(partition: Partition, bucket: string, prefix: string): string {
  return `arn:${partition}:s3:::${bucket}/${prefix}*`
}

/** An IAM role ARN; the path ("" or "/" for none) sits between `role` and the name. */
export function roleArn(partition: Partition, accountId: string, path: string, roleName: string): string {
  const fullPath = path === '' ? '/' : path
  return `arn:${partition}:iam::${accountId}:role${fullPath}${roleName}`
}

export function awsManagedPolicyArn(partition: Partition, policyName: string): string {
  return `arn:${partition}:iam::aws:policy/${policyName}`
}

/** Note the "/" right after the account: arn:…:emr-serverless:<region>:<account>:/applications/<id>. */
export function emrServerlessApplicationArn(
  partition: Partition,
  region: string,
  accountId: string,
  applicationId: string,
): string {
  return `arn:${partition}:emr-serverless:${region}:${accountId}:/applications/${applicationId}`
}

export function glueArn(partition: Partition, region: string, accountId: string, resource: string): string {
  return `arn:${partition}:glue:${region}:${accountId}:${resource}`
}
