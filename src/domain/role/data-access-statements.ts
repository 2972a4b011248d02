import { partitionOfRegion } from '../config/partition'
import type { Config } from '../config/schema'
import { buildGlueStatements } from '../glue/glue-statements'
import { awsManagedPolicyArn } from '../iam/arn'
import type { Statement } from '../iam/policy'
import { buildBucketStatements, buildEmrSamplesStatements, S3_FULL_ACCESS_POLICY } from '../s3/bucket-statements'

/** EMR samples, S3 and Glue: the data access both EMR Serverless and EMR on EKS roles share. */
export function buildDataAccessStatements(config: Config): Statement[] {
  const partition = partitionOfRegion(config.region)
  return [
    ...(config.emrSamplesAccess ? buildEmrSamplesStatements(partition) : []),
    ...(config.s3Access === 'specific' ? buildBucketStatements(partition, config.buckets) : []),
    ...buildGlueStatements(partition, config.region, config.accountId, config.glueAccess),
  ]
}

export function attachedManagedPolicyArns(config: Config): string[] {
  const partition = partitionOfRegion(config.region)
  return config.s3Access === 'all' ? [awsManagedPolicyArn(partition, S3_FULL_ACCESS_POLICY)] : []
}
