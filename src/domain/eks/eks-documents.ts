import type { Config } from '../config/schema'
import { resolveRoleContext, type RoleContext } from '../context/role-context'
import type { RoleDocuments } from '../documents/role-documents'
import { roleArn } from '../iam/arn'
import { policyDocument } from '../iam/policy'
import { attachedManagedPolicyArns, buildDataAccessStatements } from '../role/data-access-statements'
import { buildEksTrustPolicy, cliCommands } from './eks-trust'
import { buildLogsStatements } from './logs-statements'
import { buildStartJobRunPolicy } from './start-job-run'
// Last on purpose: imported earlier, these run before eks-trust on the first load, and the bundler then splits
// modules the first load shares with lazy chunks into extra chunks (+1.5 KB gzip; see npm run bundle-report).
import { buildPodIdentityTrustStatements } from '../pod-identity/pod-identity-trust'
import { podIdentityAssociations } from '../pod-identity/service-accounts'

export function buildEksDocuments(config: Config, context: RoleContext = resolveRoleContext(config)): RoleDocuments {
  const statements = [...buildDataAccessStatements(config, context), ...buildLogsStatements(context, config.eks.logs)]
  // EKS Pod Identity: its own trust, written whole; the IRSA merge and update-role-trust-policy do not apply.
  const podIdentity = config.eksCredentials === 'pod-identity'
  const trust = podIdentity
    ? { policy: policyDocument(buildPodIdentityTrustStatements(config, context)), merge: null }
    : buildEksTrustPolicy(config, context)
  return {
    roleArn: roleArn(context, config.rolePath, config.roleName),
    permissionsPolicy: statements.length > 0 ? policyDocument(statements) : null,
    managedPolicyArns: attachedManagedPolicyArns(config, context),
    trustPolicy: trust.policy,
    submitterPolicy: config.eks.submitters.enabled ? buildStartJobRunPolicy(config, context) : null,
    cliCommands: podIdentity ? [] : cliCommands(config),
    trustMerge: trust.merge,
    ...(podIdentity ? { podIdentityAssociations: podIdentityAssociations(config, context) } : {}),
  }
}
