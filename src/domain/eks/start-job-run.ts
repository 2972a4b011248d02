import { partitionOfRegion } from '../config/partition'
import type { Config } from '../config/schema'
import { roleArn } from '../iam/arn'
import { oneOrMany, policyDocument, sortedUnique, type PolicyDocument, type Statement } from '../iam/policy'

export function virtualClusterArn(config: Config, id: string): string {
  return `arn:${partitionOfRegion(config.region)}:emr-containers:${config.region}:${config.accountId}:/virtualclusters/${id}`
}

/** The execution role ARNs (or one pattern) job submitters may use: this role plus the approved ones. */
export function approvedExecutionRoles(config: Config): string[] {
  const partition = partitionOfRegion(config.region)
  const { submitters } = config.eks
  if (submitters.limit === 'prefix') {
    const path = config.rolePath === '' ? '/' : config.rolePath
    return [`arn:${partition}:iam::${config.accountId}:role${path}${submitters.rolePrefix}*`]
  }
  const own = roleArn(partition, config.accountId, config.rolePath, config.roleName)
  return sortedUnique([own, ...submitters.roleArns.map(({ arn }) => arn)])
}

/**
 * StartJobRun on the chosen virtual clusters, limited by `emr-containers:ExecutionRoleArn`; plus listing,
 * describing and cancelling job runs there. No iam:PassRole is needed on EMR on EKS (domain-facts §3).
 */
export function buildStartJobRunPolicy(config: Config): PolicyDocument {
  const { submitters } = config.eks
  const clusters = sortedUnique(submitters.virtualClusterIds.map(({ id }) => virtualClusterArn(config, id)))
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
      ? { Condition: { [operator]: { 'emr-containers:ExecutionRoleArn': oneOrMany(approvedExecutionRoles(config)) } } }
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
