import type { Config } from '../config/schema'
import { resolveRoleContext, type RoleContext } from '../context/role-context'
import type { RoleDocuments } from '../documents/role-documents'
import { emrServerlessApplicationArn, roleArn } from '../iam/arn'
import { oneOrMany, policyDocument, sortedUnique, type ConditionBlock, type PolicyDocument } from '../iam/policy'
import { buildLogsStatements } from '../eks/logs-statements'
import { buildJobRunStatements } from '../job-runs/job-run-statements'
import { attachedManagedPolicyArns, buildDataAccessStatements } from '../role/data-access-statements'

export const EMR_SERVERLESS_PRINCIPAL = 'emr-serverless.amazonaws.com'

export function buildPermissionsPolicy(config: Config, context = resolveRoleContext(config)): PolicyDocument | null {
  // Job logs in CloudWatch Logs: the EMR on EKS logging statements (which of this is inferred: docs/sources.md).
  const statements = [...buildDataAccessStatements(config, context), ...buildLogsStatements(context, config.serverlessLogs)]
  return statements.length > 0 ? policyDocument(statements) : null
}

export function buildServerlessTrustPolicy(config: Config, context = resolveRoleContext(config)): PolicyDocument {
  const { sourceAccount, sourceArn, applicationIds } = config.trust
  const condition: ConditionBlock = {}
  if (sourceAccount) condition.StringEquals = { 'aws:SourceAccount': context.accountId }
  if (sourceArn === 'applications') {
    const arns = sortedUnique(applicationIds.map(({ id }) => emrServerlessApplicationArn(context, id)))
    condition.ArnEquals = { 'aws:SourceArn': oneOrMany(arns) }
  } else if (sourceArn === 'all-applications') {
    condition.ArnLike = { 'aws:SourceArn': emrServerlessApplicationArn(context, '*') }
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

/**
 * Lets job submitters pass this role, and only this role, to EMR Serverless; with "Submitters can run jobs", also
 * start, list, get and cancel job runs on the chosen applications (and use their interactive endpoints).
 */
export function buildPassRolePolicy(config: Config, context = resolveRoleContext(config)): PolicyDocument {
  return policyDocument([
    {
      Sid: 'PassJobRuntimeRoleToEMRServerless',
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: roleArn(context, config.rolePath, config.roleName),
      Condition: { StringEquals: { 'iam:PassedToService': EMR_SERVERLESS_PRINCIPAL } },
    },
    ...buildJobRunStatements(config.submitterJobRuns, context),
  ])
}

export function buildServerlessDocuments(config: Config, context: RoleContext = resolveRoleContext(config)): RoleDocuments {
  return {
    roleArn: roleArn(context, config.rolePath, config.roleName),
    permissionsPolicy: buildPermissionsPolicy(config, context),
    managedPolicyArns: attachedManagedPolicyArns(config, context),
    trustPolicy: buildServerlessTrustPolicy(config, context),
    submitterPolicy: config.passRolePolicy ? buildPassRolePolicy(config, context) : null,
    cliCommands: [],
    trustMerge: null,
  }
}
