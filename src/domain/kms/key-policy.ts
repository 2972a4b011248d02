import type { Statement } from '../iam/policy'
import { parseKmsKeyArn } from './key-arn'
import { S3_KMS_READ_ACTIONS, S3_KMS_WRITE_ACTIONS, s3ViaService } from './bucket-key-statements'
import { LOGS_KMS_ACTIONS, logsViaService } from './log-key-statements'

/**
 * The statement to add to a bucket key's key policy so the role may use it through S3: a key policy must allow
 * the role too (directly, or by delegating to IAM with the account principal) before the role's IAM policy counts.
 */
export function s3KeyPolicyStatement(roleArn: string, keyArn: string, writes: boolean): Statement {
  return {
    Sid: 'AllowEMRJobRoleThroughS3',
    Effect: 'Allow',
    Principal: { AWS: roleArn },
    Action: writes ? [...S3_KMS_READ_ACTIONS, ...S3_KMS_WRITE_ACTIONS] : S3_KMS_READ_ACTIONS,
    Resource: '*',
    Condition: { StringEquals: { 'kms:ViaService': s3ViaService(keyArn) } },
  }
}

/** The statements a log group key's policy needs: the CloudWatch Logs service for that log group, and the role through it. */
export function logsKeyPolicyStatements(roleArn: string, keyArn: string, logGroupArn: string): Statement[] {
  const region = parseKmsKeyArn(keyArn)?.region ?? ''
  return [
    {
      Sid: 'AllowCloudWatchLogsForTheLogGroup',
      Effect: 'Allow',
      Principal: { Service: `logs.${region}.amazonaws.com` },
      Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
      Resource: '*',
      Condition: { ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': logGroupArn } },
    },
    {
      Sid: 'AllowEMRJobRoleThroughCloudWatchLogs',
      Effect: 'Allow',
      Principal: { AWS: roleArn },
      Action: LOGS_KMS_ACTIONS,
      Resource: '*',
      Condition: { StringEquals: { 'kms:ViaService': logsViaService(keyArn) } },
    },
  ]
}
