import { partitionOfRegion } from '../config/partition'
import type { Config } from '../config/schema'
import type { RoleDocuments } from '../documents/role-documents'
import { emrServerlessApplicationArn, roleArn } from '../iam/arn'
import { oneOrMany, policyDocument, sortedUnique, type ConditionBlock, type PolicyDocument } from '../iam/policy'
import { attachedManagedPolicyArns, buildDataAccessStatements } from '../role/data-access-statements'

export const EMR_SERVERLESS_PRINCIPAL = 'emr-serverless.amazonaws.com'

export function buildPermissionsPolicy(config: Config): PolicyDocument | null {
  const statements = buildDataAccessStatements(config)
  return statements.length > 0 ? policyDocument(statements) : null
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
    cliCommands: [],
    trustMerge: null,
  }
}
