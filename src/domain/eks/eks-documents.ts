import { partitionOfRegion } from '../config/partition'
import type { Config } from '../config/schema'
import type { RoleDocuments } from '../documents/role-documents'
import { roleArn } from '../iam/arn'
import { policyDocument } from '../iam/policy'
import { attachedManagedPolicyArns, buildDataAccessStatements } from '../role/data-access-statements'
import { buildEksTrustPolicy, cliCommands } from './eks-trust'
import { buildLogsStatements } from './logs-statements'
import { buildStartJobRunPolicy } from './start-job-run'

export function buildEksDocuments(config: Config): RoleDocuments {
  const partition = partitionOfRegion(config.region)
  const statements = [
    ...buildDataAccessStatements(config),
    ...buildLogsStatements(partition, config.region, config.accountId, config.eks.logs),
  ]
  const trust = buildEksTrustPolicy(config)
  return {
    roleArn: roleArn(partition, config.accountId, config.rolePath, config.roleName),
    permissionsPolicy: statements.length > 0 ? policyDocument(statements) : null,
    managedPolicyArns: attachedManagedPolicyArns(config),
    trustPolicy: trust.policy,
    submitterPolicy: config.eks.submitters.enabled ? buildStartJobRunPolicy(config) : null,
    cliCommands: cliCommands(config),
    trustMerge: trust.merge,
  }
}
