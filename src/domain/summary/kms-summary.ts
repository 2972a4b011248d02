import { logAnswers } from '../config/log-answers'
import type { Config } from '../config/schema'
import { bucketsWithKeys } from '../kms/bucket-key-statements'
import { sortedUnique } from '../iam/policy'
import { listNames, type SummaryPart } from './wording'

/** KMS keys as `buildBucketKeyStatements` and `buildLogKeyStatements` grant them: named keys only, each through one service. */
export function summarizeKms(config: Config): SummaryPart {
  const can: string[] = []
  const keyed = config.s3Access === 'specific' ? bucketsWithKeys(config.buckets) : []
  const keys = sortedUnique(keyed.map((b) => b.kmsKeyArn ?? ''))
  if (keys.length > 0) {
    const writes = keyed.some((b) => b.access === 'read-write')
    can.push(
      `Uses ${keys.length === 1 ? 'the KMS key' : 'the KMS keys'} ${listNames(keys)} through S3 only, to ` +
        `${writes ? 'decrypt and encrypt' : 'decrypt'} objects of the buckets that name ${keys.length === 1 ? 'it' : 'them'}`,
    )
  }
  const { logs } = logAnswers(config)
  if (logs.enabled && logs.kmsKeyArn !== undefined && logs.kmsKeyArn !== '') {
    can.push(`Uses the KMS key ${logs.kmsKeyArn} through CloudWatch Logs only, for the log group ${logs.logGroupName}`)
  }
  return { can, cannot: can.length > 0 ? ['Cannot use any other KMS key, or a named key through another service'] : [] }
}
