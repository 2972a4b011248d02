import type { Statement } from '../iam/policy'
import { parseKmsKeyArn } from './key-arn'

/** What CloudWatch Logs asks of a caller's key for an encrypted log group (AWS managed policy CloudWatchLogsAPIKeyAccess). */
export const LOGS_KMS_ACTIONS = ['kms:Decrypt', 'kms:GenerateDataKey']

/** `logs.<region>.amazonaws.com`: a log group's key is in the log group's region. */
export function logsViaService(keyArn: string): string {
  return `logs.${parseKmsKeyArn(keyArn)?.region ?? ''}.amazonaws.com`
}

/**
 * The role's use of the log group's KMS key, through CloudWatch Logs only and for that log group only (its
 * encryption context is the log group's ARN). Nothing when no key is named (or it is still to be named).
 */
export function buildLogKeyStatements(keyArn: string | undefined, logGroupArn: string): Statement[] {
  if (keyArn === undefined || keyArn === '') return []
  return [
    {
      Sid: 'UseLogGroupKmsKeyThroughCloudWatchLogs',
      Effect: 'Allow',
      Action: LOGS_KMS_ACTIONS,
      Resource: [keyArn],
      Condition: {
        StringEquals: { 'kms:ViaService': logsViaService(keyArn) },
        ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': logGroupArn },
      },
    },
  ]
}
