import type { ServerlessLogs } from '../config/serverless-logs-schema'
import type { RoleContext } from '../context/role-context'
import { buildLogsStatements } from '../eks/logs-statements'
import { logsArn } from '../iam/arn'
import type { Statement } from '../iam/policy'
import { buildLogKeyStatements } from '../kms/log-key-statements'

/**
 * CloudWatch Logs for EMR Serverless job logs: the same actions, on the same log group and log-stream ARNs, as
 * EMR on EKS logging (AWS's EMR Serverless sample gives the job runtime role these actions; docs/sources.md says
 * which parts are inferred), and the log group's KMS key through CloudWatch Logs when it is encrypted.
 */
export function buildServerlessLogsStatements(context: RoleContext, logs: ServerlessLogs | undefined): Statement[] {
  if (logs?.enabled !== true) return []
  return [...buildLogsStatements(context, logs), ...buildLogKeyStatements(logs.kmsKeyArn, logGroupArn(context, logs.logGroupName))]
}

export function logGroupArn(context: RoleContext, logGroupName: string): string {
  return logsArn(context, `log-group:${logGroupName}`)
}
