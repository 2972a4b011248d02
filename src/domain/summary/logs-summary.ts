import type { Config } from '../config/schema'
import type { SummaryPart } from './wording'

/** CloudWatch Logs as `buildLogsStatements` grants it (EMR on EKS, and EMR Serverless with its logs answers). */
export function summarizeLogs(config: Config): SummaryPart {
  const logs = config.target === 'eks' ? config.eks.logs : config.serverlessLogs
  if (logs?.enabled !== true) return { can: [], cannot: ['Cannot write to CloudWatch Logs'] }
  const group = `the log group ${logs.logGroupName}`
  const streams = logs.logStreamPrefix === '' ? `any log stream in ${group}` : `log streams under ${logs.logStreamPrefix}/ in ${group}`
  return {
    can: [
      ...(logs.createLogGroup ? [`Creates ${group}`] : []),
      `Writes job logs to ${streams}`,
      `Creates and describes log streams in ${group}, and describes the log groups of account ${config.accountId} in ${config.region}`,
    ],
    cannot: ['Cannot write to any other log group, or read log events'],
  }
}
