import type { Config } from '../config/schema'
import { concreteContext, resolveRoleContext, type RoleContext } from '../context/role-context'
import { emrContainersVirtualClusterArn, roleArn } from '../iam/arn'
import { oneOrMany, policyDocument, sortedUnique, type PolicyDocument, type Statement } from '../iam/policy'

/**
 * The execution role ARNs (or one pattern) job submitters may use: this role first, then the approved ones sorted.
 * The order does not depend on the account, so a template deployed anywhere lists them as the JSON does.
 */
export function approvedExecutionRoles(config: Config, context: RoleContext = resolveRoleContext(config)): string[] {
  const { submitters } = config.eks
  if (submitters.limit === 'prefix') {
    const path = config.rolePath === '' ? '/' : config.rolePath
    return [`arn:${context.partition}:iam::${context.accountId}:role${path}${submitters.rolePrefix}*`]
  }
  const own = roleArn(context, config.rolePath, config.roleName)
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
