import type { Config } from '../config/schema'
import type { RoleContext } from '../context/role-context'
import { buildBucketKeyStatements } from '../kms/bucket-key-statements'
import { buildGlueCatalogStatements } from '../glue/glue-scoped-statements'
import { awsManagedPolicyArn } from '../iam/arn'
import type { Statement } from '../iam/policy'
import { buildLakeFormationStatements } from '../lake-formation/lake-formation-statements'
import { buildBucketStatements, buildEmrSamplesStatements, S3_FULL_ACCESS_POLICY } from '../s3/bucket-statements'
import { buildTableBucketStatements } from '../s3-tables/table-bucket-statements'

/** EMR samples, S3, Glue and Lake Formation: the data access both EMR Serverless and EMR on EKS roles share. */
export function buildDataAccessStatements(config: Config, context: RoleContext): Statement[] {
  return [
    ...(config.emrSamplesAccess ? buildEmrSamplesStatements(context.partition) : []),
    ...(config.s3Access === 'specific' ? buildBucketStatements(context.partition, config.buckets) : []),
    ...(config.s3Access === 'specific' ? buildBucketKeyStatements(context.partition, config.buckets) : []),
    ...buildTableBucketStatements(context, config.tableBuckets),
    ...buildGlueCatalogStatements(context, config.glueAccess, config.glueScope),
    ...(config.glueAccess !== 'none' && config.lakeFormation.enabled ? buildLakeFormationStatements() : []),
  ]
}

export function attachedManagedPolicyArns(config: Config, context: RoleContext): string[] {
  return config.s3Access === 'all' ? [awsManagedPolicyArn(context.partition, S3_FULL_ACCESS_POLICY)] : []
}
