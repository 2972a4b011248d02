import type { Config } from '../config/schema'
import { concreteContext, resolveRoleContext, type RoleContext } from '../context/role-context'
import { emrContainersVirtualClusterArn, roleArn } from '../iam/arn'
import { oneOrMany, policyDocument, sortedUnique, type PolicyDocument, type Statement } from '../iam/policy'

/**
 * The pattern of the name-prefix mode: `arn:…:role<path><prefix>*`. It follows this role's own path: an ARN
 * pattern cannot leave the path out (role/analytics-* does not match role/emr/analytics-etl).
 */
export function executionRolePattern(context: RoleContext, rolePath: string, prefix: string): string {
  return `${roleArn(context, rolePath, prefix)}*`
}

/**
 * The execution role ARNs (or pattern) job submitters may use. This role is always approved and comes first: beside
 * the listed ARNs (sorted), or beside the prefix pattern when its name does not start with the prefix (the pattern
 * covers it otherwise). The order does not depend on the account, so a template deployed anywhere lists them as the
 * JSON does.
 */
export function approvedExecutionRoles(config: Config, context: RoleContext = resolveRoleContext(config)): string[] {
  const { submitters } = config.eks
  const own = roleArn(context, config.rolePath, config.roleName)
  if (submitters.limit === 'prefix') {
    const pattern = executionRolePattern(context, config.rolePath, submitters.rolePrefix)
    return config.roleName.startsWith(submitters.rolePrefix) ? [pattern] : [own, pattern]
  }
  const ownConcrete = roleArn(concreteContext(context), config.rolePath, config.roleName)
  return [own, ...sortedUnique(submitters.roleArns.map(({ arn }) => arn)).filter((arn) => arn !== ownConcrete)]
}

/**
 * StartJobRun on the chosen virtual clusters, limited by `emr-containers:ExecutionRoleArn`; plus listing,
 * describing and cancelling job runs there. No iam:PassRole is needed on EMR on EKS (domain-facts §3).
 */
export function buildStartJobRunPolicy(config: Config, context: RoleContext = resolveRoleContext(config)): PolicyDocument {
  const { submitters } = config.eks
  const clusters = sortedUnique(submitters.virtualClusterIds.map(({ id }) => emrContainersVirtualClusterArn(context, id)))
  const limited = submitters.limit === 'roles' || submitters.limit === 'prefix'
  const operator =
    submitters.limit === 'prefix'
      ? submitters.conditionOperators === 'arn' ? 'ArnLike' : 'StringLike'
      : submitters.conditionOperators === 'arn' ? 'ArnEquals' : 'StringEquals'
  const startJobRun: Statement = {
    Sid: 'StartJobRunsWithApprovedExecutionRoles',
    Effect: 'Allow',
    Action: ['emr-containers:StartJobRun'],
    Resource: clusters,
    ...(limited
      ? { Condition: { [operator]: { 'emr-containers:ExecutionRoleArn': oneOrMany(approvedExecutionRoles(config, context)) } } }
      : {}),
  }
  return policyDocument([
    startJobRun,
    { Sid: 'ListJobRuns', Effect: 'Allow', Action: ['emr-containers:ListJobRuns'], Resource: clusters },
    {
      Sid: 'DescribeAndCancelJobRuns',
      Effect: 'Allow',
      Action: ['emr-containers:CancelJobRun', 'emr-containers:DescribeJobRun'],
      Resource: clusters.map((arn) => `${arn}/jobruns/*`),
    },
  ])
}
