import type { Config } from '../config/schema'
import { summarizeGlue } from './glue-summary'
import { summarizeKms } from './kms-summary'
import { summarizeLogs } from './logs-summary'
import { summarizeRoleSettings } from './role-settings-summary'
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
  const parts = [summarizeS3(config), summarizeTableBuckets(config), summarizeGlue(config), summarizeLogs(config), summarizeKms(config), summarizeTrust(config), summarizeSubmitters(config), summarizeRoleSettings(config)]
  const can = parts.flatMap((p) => p.can)
  const granted = config.s3Access === 'all' || config.emrSamplesAccess || config.s3Access === 'specific' ||
    config.glueAccess !== 'none' || (config.target === 'eks' && config.eks.logs.enabled) ||
    (config.target === 'serverless' && config.serverlessLogs.enabled) || config.tableBuckets.length > 0
  return {
    can,
    cannot: [
      ...parts.flatMap((p) => p.cannot),
      granted
        ? `Has no permissions for any other AWS service, ${usesKms(config) ? 'IAM included' : 'IAM and KMS included'}`
        : 'Has no permissions for any AWS service',
    ],
  }
}

function usesKms(config: Config): boolean {
  return summarizeKms(config).can.length > 0
}
