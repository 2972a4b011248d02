import type { EksConfig } from '../config/eks-schema'
import type { RoleContext } from '../context/role-context'
import { logsArn } from '../iam/arn'
import type { Statement } from '../iam/policy'
import { buildLogKeyStatements } from '../kms/log-key-statements'

/**
 * CloudWatch Logs for job logs, after AWS's EMR on EKS getting-started policy, scoped to the role's
 * account and region and to the one log group (domain-facts §3); EMR Serverless logging uses the same. An
 * encrypted log group's KMS key follows, through CloudWatch Logs and for that log group only.
 */
export function buildLogsStatements(context: RoleContext, logs: EksConfig['logs']): Statement[] {
  if (!logs.enabled) return []
  const group = logsArn(context, `log-group:${logs.logGroupName}`)
  const streams = logs.logStreamPrefix === '' ? '*' : `${logs.logStreamPrefix}/*`
  return [
    ...(logs.createLogGroup
      ? [{ Sid: 'CreateCloudWatchLogGroup', Effect: 'Allow' as const, Action: ['logs:CreateLogGroup'], Resource: [`${group}:*`] }]
      : []),
    {
      Sid: 'DescribeCloudWatchLogGroups',
      Effect: 'Allow',
      Action: ['logs:DescribeLogGroups'],
      Resource: [logsArn(context, 'log-group:*')],
    },
    {
      Sid: 'DescribeAndCreateCloudWatchLogStreams',
      Effect: 'Allow',
      Action: ['logs:CreateLogStream', 'logs:DescribeLogStreams'],
      Resource: [`${group}:*`],
    },
    {
      Sid: 'WriteToCloudWatchLogs',
      Effect: 'Allow',
      Action: ['logs:PutLogEvents'],
      Resource: [`${group}:log-stream:${streams}`],
    },
    ...buildLogKeyStatements(logs.kmsKeyArn, group),
  ]
}
