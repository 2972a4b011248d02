import type { Config } from '../config/schema'
import { parseKmsKeyArn } from '../kms/key-arn'
import type { RiskWarning } from './risk'

/**
 * Bucket keys: one warning per kind (for the first bucket it applies to), so 10,000 keyed buckets stay cheap.
 * A prefix does not narrow the key's use when the bucket uses an S3 Bucket Key (the encryption context is then the
 * bucket's ARN); a key in another region than the role's cannot encrypt a bucket there; a key of another account
 * needs that account's key policy.
 */
export function assessKmsRisks(config: Config): RiskWarning[] {
  if (config.s3Access !== 'specific') return []
  const warnings: RiskWarning[] = []
  const first = (test: (i: number) => boolean) => config.buckets.findIndex((_b, i) => test(i))
  const keyOf = (i: number) => parseKmsKeyArn(config.buckets[i]?.kmsKeyArn ?? '')
  const prefixed = first((i) => keyOf(i) !== null && config.buckets[i]?.prefix !== '')
  const bucket = config.buckets[prefixed]
  if (bucket !== undefined) {
    warnings.push({
      id: 'kms-key-whole-bucket-context',
      severity: 'low',
      title: 'A KMS key is not limited to the key prefix',
      detail:
        `With an S3 Bucket Key, S3 uses the bucket’s ARN as encryption context, so the role may use ${bucket.kmsKeyArn ?? ''} for any object ` +
        `of ${bucket.name}, not only under ${bucket.prefix}. Its S3 permissions still limit which objects it reads and writes.`,
      saferAlternative: 'Keep the prefix: S3 refuses other objects. Give data that must stay apart its own bucket or key.',
      field: `buckets.${prefixed}.kmsKeyArn`,
      informational: { answers: [bucket.name, bucket.prefix, bucket.kmsKeyArn ?? ''] },
    })
  }
  const elsewhere = first((i) => {
    const key = keyOf(i)
    return key !== null && key.region !== config.region
  })
  const key = keyOf(elsewhere)
  if (key !== null) {
    warnings.push({
      id: 'kms-key-other-region',
      severity: 'low',
      title: 'A bucket’s KMS key is in another region',
      detail:
        `The key of ${config.buckets[elsewhere]?.name ?? ''} is in ${key.region}, the role in ${config.region}. SSE-KMS needs the key in the ` +
        `bucket’s region, so that bucket must be in ${key.region}; a key from elsewhere cannot decrypt its objects.`,
      saferAlternative: 'Check the bucket’s region and paste the ARN of the key its default encryption names.',
      field: `buckets.${elsewhere}.kmsKeyArn`,
      informational: { answers: [config.buckets[elsewhere]?.kmsKeyArn ?? '', config.region] },
    })
  }
  return warnings
}
