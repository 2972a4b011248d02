import { partitionOfRegion, type Partition } from '../config/partition'
import type { Config } from '../config/schema'
import { roleArn } from '../iam/arn'
import { oneOrMany, policyDocument, sortedUnique, type PolicyDocument, type Statement } from '../iam/policy'

export function virtualClusterArn(config: Config, id: string): string {
  return `arn:${partitionOfRegion(config.region)}:emr-containers:${config.region}:${config.accountId}:/virtualclusters/${id}`
}

/**
 * The pattern of the name-prefix mode: `arn:…:role<path><prefix>*`. It follows this role's own path: an ARN
 * pattern cannot leave the path out (role/analytics-* does not match role/emr/analytics-etl).
 */
export function executionRolePattern(partition: Partition, accountId: string, rolePath: string, prefix: string): string {
  return `${roleArn(partition, accountId, rolePath, prefix)}*`
}

/**
 * The execution role ARNs (or pattern) job submitters may use. This role is always approved: beside the listed
 * ARNs, or beside the prefix pattern when its name does not start with the prefix (the pattern covers it otherwise).
 */
export function approvedExecutionRoles(config: Config): string[] {
  const partition = partitionOfRegion(config.region)
  const { submitters } = config.eks
  const own = roleArn(partition, config.accountId, config.rolePath, config.roleName)
  if (submitters.limit === 'prefix') {
    const pattern = executionRolePattern(partition, config.accountId, config.rolePath, submitters.rolePrefix)
    return config.roleName.startsWith(submitters.rolePrefix) ? [pattern] : sortedUnique([pattern, own])
  }
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
