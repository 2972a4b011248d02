import type { Config } from '../config/schema'
import type { RoleDocuments } from '../documents/role-documents'
import { hasUsualIssuerId, parseOidcIssuer } from '../eks/oidc-issuer'
import { parseTrustPolicyText, wildcardSubs } from '../eks/trust-merge'
import type { RiskWarning } from './risk'

type Rule = (config: Config, documents: RoleDocuments) => RiskWarning[]
const when = (condition: boolean, warning: RiskWarning): RiskWarning[] => (condition ? [warning] : [])

const noExecutionRoleLimit: Rule = ({ eks }) =>
  when(eks.submitters.enabled && (eks.submitters.limit === 'none' || eks.submitters.limit === 'tags'), {
    id: 'eks-no-execution-role-limit',
    severity: 'high',
    title: 'Submitters may run jobs with any execution role',
    detail:
      'Without an emr-containers:ExecutionRoleArn condition, anyone with this policy can start jobs on the virtual ' +
      'cluster with every execution role onboarded to it, so tenants sharing it can use each other’s permissions.',
    saferAlternative: 'Limit StartJobRun to a list of approved execution role ARNs.',
    field: 'eks.submitters.limit',
  })

const tagBasedAccess: Rule = ({ eks }) =>
  when(eks.submitters.enabled && eks.submitters.limit === 'tags', {
    id: 'eks-tbac-unsupported',
    severity: 'high',
    title: 'Tag-based access control is not supported for execution roles',
    detail:
      'Amazon EMR on EKS does not support TBAC or ABAC for execution roles: a condition on role tags would not limit ' +
      'which role a job runs with, so the policy has no execution-role condition at all.',
    saferAlternative: 'List the approved execution role ARNs, or use a role-name prefix.',
    field: 'eks.submitters.limit',
  })

const broadPrefix: Rule = ({ eks }) =>
  when(eks.submitters.enabled && eks.submitters.limit === 'prefix' && eks.submitters.rolePrefix.length <= 1, {
    id: 'eks-broad-role-prefix',
    severity: 'high',
    title: eks.submitters.rolePrefix === '' ? 'The prefix matches every role (role/*)' : 'A one-letter prefix matches many roles',
    detail:
      'ExecutionRoleArn patterns match every role whose name starts with the prefix, including roles made later ' +
      'for other teams, so submitters could run jobs with permissions that were never meant for them.',
    saferAlternative: 'Use a distinctive prefix such as analytics-emr-, or list the approved role ARNs.',
    field: 'eks.submitters.rolePrefix',
  })

const untrustedTenants: Rule = (config) => {
  const { submitters } = config.eks
  const several = submitters.limit === 'prefix' || (submitters.limit === 'roles' && submitters.roleArns.length > 0)
  return when(submitters.enabled && several, {
    id: 'eks-tenants-share-roles',
    severity: 'low',
    title: 'Every approved role is usable by every submitter',
    detail:
      'Jobs run arbitrary code with the execution role’s permissions. Anyone this policy is attached to can run ' +
      'code as any of the approved roles on these virtual clusters.',
    saferAlternative: 'Give each tenant its own submitters policy that approves only that tenant’s roles.',
    field: submitters.limit === 'prefix' ? 'eks.submitters.rolePrefix' : 'eks.submitters.roleArns',
    informational: {
      answers: submitters.limit === 'prefix' ? [submitters.limit, submitters.rolePrefix] : [submitters.limit, ...submitters.roleArns.map((r) => r.arn).sort()],
    },
  })
}

const wildcardSub: Rule = ({ eks, eksCredentials }) => {
  // With EKS Pod Identity the pasted (IRSA) trust policy is not used.
  const parsed = eks.existingTrustPolicy.trim() === '' || eksCredentials !== 'irsa' ? null : parseTrustPolicyText(eks.existingTrustPolicy)
  const found = parsed?.ok ? wildcardSubs(parsed.document) : []
  return when(found.length > 0, {
    id: 'eks-wildcard-sub',
    severity: 'high',
    title: 'The pasted trust policy trusts every role’s service accounts',
    detail: `${found[0] ?? ''} ends in a wildcard instead of the encoded role name, so jobs run with any execution role in that namespace can assume this role.`,
    saferAlternative: 'Remove that statement from the pasted policy; the generated statement names this role exactly.',
    field: 'eks.existingTrustPolicy',
  })
}

const nearDuplicates: Rule = (_config, { trustMerge }) =>
  when((trustMerge?.nearDuplicates.length ?? 0) > 0, {
    id: 'eks-near-duplicate-statement',
    severity: 'medium',
    title: 'The pasted policy has a near-duplicate statement',
    detail:
      `Statement ${(trustMerge?.nearDuplicates ?? []).map((i) => i + 1).join(', ')} of the pasted policy has the same sub ` +
      'condition but differs in other keys (a Sid, an aud condition, a list for Action). The AWS CLI does not ' +
      'recognise it, and neither does this tool: the statement was appended again.',
    saferAlternative: 'Delete the older statement from the pasted policy, or keep it and turn off the extra options.',
    field: 'eks.existingTrustPolicy',
  })

const caseSensitiveName: Rule = ({ roleName }) =>
  when(/[A-Z]/.test(roleName), {
    id: 'eks-role-name-case',
    severity: 'low',
    title: 'The encoded role name is case-sensitive',
    detail:
      `IAM ignores case in role names, but the trust policy encodes "${roleName}" exactly: if the role was created ` +
      'with other capitals, no job can assume it.',
    saferAlternative: 'Type the role name exactly as it appears in the IAM console.',
    field: 'roleName',
    informational: { answers: [roleName] },
  })

const rolePath: Rule = ({ rolePath: path }) =>
  when(path !== '' && path !== '/', {
    id: 'eks-role-path',
    severity: 'medium',
    title: 'A role with a path',
    detail:
      'The service-account pattern encodes only the role name. AWS does not document how EMR on EKS treats an ' +
      'execution role ARN with a path, so jobs may fail to assume it.',
    saferAlternative: 'Leave the role path empty for EMR on EKS execution roles.',
    field: 'rolePath',
  })

const unusualIssuer: Rule = ({ eks, eksCredentials }) =>
  eks.clusters.flatMap((cluster, index) => {
    const issuer = eksCredentials === 'irsa' ? parseOidcIssuer(cluster.oidcIssuer) : undefined
    return when(issuer !== undefined && !hasUsualIssuerId(issuer), {
      id: `eks-unusual-oidc-id-${index}`,
      severity: 'low',
      title: `Cluster ${index + 1}: unusual OIDC issuer ID`,
      detail: `"${issuer?.id ?? ''}" is not 32 upper-case hexadecimal characters, the form of every EKS issuer ID seen so far.`,
      saferAlternative: 'Copy the issuer again from aws eks describe-cluster; if it is right, ignore this warning.',
      field: `eks.clusters.${index}.oidcIssuer`,
      informational: { answers: [cluster.oidcIssuer] },
    })
  })

export const EKS_RULES: readonly Rule[] = [
  noExecutionRoleLimit,
  tagBasedAccess,
  broadPrefix,
  untrustedTenants,
  wildcardSub,
  nearDuplicates,
  caseSensitiveName,
  rolePath,
  unusualIssuer,
]
