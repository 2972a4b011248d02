import { partitionOfRegion } from '../config/partition'
import type { Config } from '../config/schema'
import { buildGlueStatements } from '../glue/glue-statements'
import { awsManagedPolicyArn, emrServerlessApplicationArn, roleArn } from '../iam/arn'
import { oneOrMany, policyDocument, sortedUnique, type ConditionBlock, type PolicyDocument } from '../iam/policy'
import { buildBucketStatements, buildEmrSamplesStatements, S3_FULL_ACCESS_POLICY } from '../s3/bucket-statements'

export const EMR_SERVERLESS_PRINCIPAL = 'emr-serverless.amazonaws.com'

export interface RoleDocuments {
  roleArn: string
  /** The inline permissions policy, or null when the configuration grants nothing inline. */
  permissionsPolicy: PolicyDocument | null
  /** AWS managed policies attached to the role beside the inline policy. */
  managedPolicyArns: string[]
  trustPolicy: PolicyDocument
  /** The job submitters' policy, or null when the user did not ask for it. */
  submitterPolicy: PolicyDocument | null
}

export function buildPermissionsPolicy(config: Config): PolicyDocument | null {
  const partition = partitionOfRegion(config.region)
  const statements = [
    ...(config.emrSamplesAccess ? buildEmrSamplesStatements(partition) : []),
    ...(config.s3Access === 'specific' ? buildBucketStatements(partition, config.buckets) : []),
    ...buildGlueStatements(partition, config.region, config.accountId, config.glueAccess),
  ]
  return statements.length > 0 ? policyDocument(statements) : null
}

export function attachedManagedPolicyArns(config: Config): string[] {
  const partition = partitionOfRegion(config.region)
  return config.s3Access === 'all' ? [awsManagedPolicyArn(partition, S3_FULL_ACCESS_POLICY)] : []
}

export function buildServerlessTrustPolicy(config: Config): PolicyDocument {
  const partition = partitionOfRegion(config.region)
  const { sourceAccount, sourceArn, applicationIds } = config.trust
  const condition: ConditionBlock = {}
  if (sourceAccount) condition.StringEquals = { 'aws:SourceAccount': config.accountId }
  if (sourceArn === 'applications') {
    const arns = sortedUnique(
      applicationIds.map(({ id }) => emrServerlessApplicationArn(partition, config.region, config.accountId, id)),
    )
    condition.ArnEquals = { 'aws:SourceArn': oneOrMany(arns) }
  } else if (sourceArn === 'all-applications') {
    condition.ArnLike = {
      'aws:SourceArn': emrServerlessApplicationArn(partition, config.region, config.accountId, '*'),
    }
  }
  return policyDocument([
    {
      Sid: 'EMRServerlessTrustPolicy',
      Effect: 'Allow',
      Principal: { Service: EMR_SERVERLESS_PRINCIPAL },
      Action: 'sts:AssumeRole',
      ...(Object.keys(condition).length > 0 ? { Condition: condition } : {}),
    },
  ])
}

/** Lets job submitters pass this role, and only this role, to EMR Serverless. */
export function buildPassRolePolicy(config: Config): PolicyDocument {
  const partition = partitionOfRegion(config.region)
  return policyDocument([
    {
      Sid: 'PassJobRuntimeRoleToEMRServerless',
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: roleArn(partition, config.accountId, config.rolePath, config.roleName),
      Condition: { StringEquals: { 'iam:PassedToService': EMR_SERVERLESS_PRINCIPAL } },
    },
  ])
}

export function buildServerlessDocuments(config: Config): RoleDocuments {
  return {
    roleArn: roleArn(partitionOfRegion(config.region), config.accountId, config.rolePath, config.roleName),
    permissionsPolicy: buildPermissionsPolicy(config),
    managedPolicyArns: attachedManagedPolicyArns(config),
    trustPolicy: buildServerlessTrustPolicy(config),
    submitterPolicy: config.passRolePolicy ? buildPassRolePolicy(config) : null,
  }
}
