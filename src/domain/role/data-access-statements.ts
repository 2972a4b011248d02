import type { Config } from '../config/schema'
import type { RoleContext } from '../context/role-context'
import { buildGlueStatements } from '../glue/glue-statements'
import { awsManagedPolicyArn } from '../iam/arn'
import type { Statement } from '../iam/policy'
import { buildBucketStatements, buildEmrSamplesStatements, S3_FULL_ACCESS_POLICY } from '../s3/bucket-statements'
import { buildTableBucketStatements } from '../s3-tables/table-bucket-statements'

/** EMR samples, S3 and Glue: the data access both EMR Serverless and EMR on EKS roles share. */
export function buildDataAccessStatements(config: Config, context: RoleContext): Statement[] {
  return [
    ...(config.emrSamplesAccess ? buildEmrSamplesStatements(context.partition) : []),
    ...(config.s3Access === 'specific' ? buildBucketStatements(context.partition, config.buckets) : []),
    ...buildTableBucketStatements(context, config.tableBuckets),
    ...buildGlueStatements(context, config.glueAccess),
  ]
}

export function attachedManagedPolicyArns(config: Config, context: RoleContext): string[] {
  return config.s3Access === 'all' ? [awsManagedPolicyArn(context.partition, S3_FULL_ACCESS_POLICY)] : []
}
