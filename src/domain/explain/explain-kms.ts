import { logAnswers } from '../config/log-answers'
import type { Config } from '../config/schema'
import { resolveRoleContext } from '../context/role-context'
import { logsArn, roleArn } from '../iam/arn'
import { logsKeyPolicyStatements, s3KeyPolicyStatement } from '../kms/key-policy'
import { actionsText, listOf, stringsOf, type Explained, type JsonObject } from './statement-parts'

const BUCKET_KEY_SID = /^S3(Read|ReadWrite|Write)WithKey/

/**
 * The KMS statements: a bucket's SSE-KMS key (through S3) and an encrypted log group's key (through CloudWatch
 * Logs). Each sentence ends with the key-policy statement to add, since a key policy must also allow the role.
 */
export function explainKmsStatement(config: Config, statement: JsonObject, sid: string): Explained | undefined {
  const key = stringsOf(statement.Resource)[0]
  if (key === undefined) return undefined
  const context = resolveRoleContext(config)
  const role = roleArn(context, config.rolePath, config.roleName)
  const actions = actionsText(stringsOf(statement.Action))
  if (BUCKET_KEY_SID.test(sid) && config.s3Access === 'specific') {
    const index = config.buckets.findIndex((b) => b.kmsKeyArn === key)
    if (index === -1) return undefined
    const names = [...new Set(config.buckets.filter((b) => b.kmsKeyArn === key).map((b) => b.name))]
    const writes = config.buckets.some((b) => b.kmsKeyArn === key && b.access === 'read-write')
    const keyPolicy = JSON.stringify(s3KeyPolicyStatement(role, key, writes))
    return {
      sentence:
        `${actions} on the KMS key ${key}, only through S3 and for ${listOf(names)}: you named this key for ` +
        `${names.length === 1 ? 'the bucket' : 'these buckets'}; S3 decrypts objects with kms:Decrypt, and writes (multipart uploads included) ` +
        'need kms:GenerateDataKey and kms:Decrypt. The encryption context is the object’s ARN, or the bucket’s ARN when the bucket uses ' +
        `an S3 Bucket Key, so both are allowed. The key’s policy must also allow the role; add ${keyPolicy}`,
      field: `buckets.${index}.kmsKeyArn`,
    }
  }
  const { logs, path } = logAnswers(config)
  if (sid === 'UseLogGroupKmsKeyThroughCloudWatchLogs' && logs.enabled && logs.kmsKeyArn === key) {
    const keyPolicy = logsKeyPolicyStatements(role, key, logsArn(context, `log-group:${logs.logGroupName}`)).map((s) => JSON.stringify(s)).join(' and ')
    return {
      sentence:
        `${actions} on the KMS key ${key}, only through CloudWatch Logs and for the log group ${logs.logGroupName}: you said the log group ` +
        'is encrypted with this key, and CloudWatch Logs uses it on behalf of the role that writes. The key’s policy must allow ' +
        `CloudWatch Logs and the role; add ${keyPolicy}`,
      field: `${path}.kmsKeyArn`,
    }
  }
  return undefined
}
