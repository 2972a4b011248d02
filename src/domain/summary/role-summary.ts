import type { Config } from '../config/schema'
import { summarizeGlue } from './glue-summary'
import { summarizeLogs } from './logs-summary'
import { summarizeS3 } from './s3-summary'
import { summarizeSubmitters } from './submitters-summary'
import { summarizeTableBuckets } from './table-buckets-summary'
import { summarizeTrust } from './trust-summary'
import type { SummaryPart } from './wording'

/**
 * What a role can and cannot do, in plain sentences, derived from the configuration exactly as the builders make
 * the documents (each part names the builder it follows): data, catalog and logs first, then who may assume the
 * role and who may put it to work. A sentence claims only what the generated documents bear out.
 */
export function summarizeRole(config: Config): SummaryPart {
  const parts = [summarizeS3(config), summarizeTableBuckets(config), summarizeGlue(config), summarizeLogs(config), summarizeTrust(config), summarizeSubmitters(config)]
  const can = parts.flatMap((p) => p.can)
  const granted = config.s3Access === 'all' || config.emrSamplesAccess || config.s3Access === 'specific' ||
    config.glueAccess !== 'none' || (config.target === 'eks' && config.eks.logs.enabled) || config.tableBuckets.length > 0
  return {
    can,
    cannot: [
      ...parts.flatMap((p) => p.cannot),
      granted ? 'Has no permissions for any other AWS service, IAM and KMS included' : 'Has no permissions for any AWS service',
    ],
  }
}
