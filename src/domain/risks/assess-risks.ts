import type { Config } from '../config/schema'
import type { RoleDocuments } from '../documents/role-documents'
import { EKS_RULES } from './eks-risks'
import { assessGlueRisks } from './glue-risks'
import { assessJobRunRisks } from './job-runs-risks'
import { assessKmsRisks } from './kms-risks'
import { assessPodIdentityRisks } from './pod-identity-risks'
import { assessQuotaRisks } from './quota-risks'
import { assessTableBucketRisks } from './table-bucket-risks'
import type { RiskWarning } from './risk'

type Rule = (config: Config, documents: RoleDocuments) => RiskWarning[]

const allBuckets: Rule = (config) =>
  config.s3Access !== 'all'
    ? []
    : [
        {
          id: 's3-all-buckets',
          severity: 'high',
          title: 'Full access to every S3 bucket',
          detail:
            'All buckets attaches AmazonS3FullAccess: s3:* on every bucket and object the account can reach, ' +
            'deleting objects and buckets and changing bucket policies included.',
          saferAlternative: 'Choose "Specific buckets" and list only the buckets your jobs read and write; AWS recommends this.',
          field: 's3Access',
        },
      ]

const noSourceAccount: Rule = (config) =>
  config.target !== 'serverless' || config.trust.sourceAccount
    ? []
    : [
        {
          id: 'trust-no-source-account',
          severity: 'medium',
          title: 'Trust policy without aws:SourceAccount',
          detail:
            'Without it, EMR Serverless may assume this role on behalf of any account that knows its ARN ' +
            '(the confused-deputy problem).',
          saferAlternative: 'Turn on "Require aws:SourceAccount", as AWS’s own getting-started policy does.',
          field: 'trust.sourceAccount',
        },
      ]

const deleteObject: Rule = (config) => {
  if (config.s3Access !== 'specific') return []
  const index = config.buckets.findIndex((bucket) => bucket.access === 'read-write')
  if (index === -1) return []
  const names = [...new Set(config.buckets.filter((b) => b.access === 'read-write').map((b) => b.name))]
  return [
    {
      id: 's3-delete-object',
      severity: 'low',
      title: 'Read and write includes s3:DeleteObject',
      detail: `Jobs can delete objects in ${listSome(names)}, so a bug or a bad job can wipe data.`,
      saferAlternative: 'Use "Read only" for input buckets, and a key prefix to limit writes to an output folder.',
      field: `buckets.${index}.access`,
    },
  ]
}

function listSome(names: readonly string[]): string {
  const shown = names.slice(0, 3).join(', ')
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown
}

const SHARED_RULES: readonly Rule[] = [allBuckets, deleteObject, assessTableBucketRisks, assessGlueRisks, noSourceAccount, assessJobRunRisks, assessKmsRisks, assessQuotaRisks]

/** Every warning that applies, in a fixed order. */
export function assessRisks(config: Config, documents: RoleDocuments): RiskWarning[] {
  const rules = config.target === 'eks' ? [...SHARED_RULES, ...EKS_RULES, assessPodIdentityRisks] : SHARED_RULES
  return rules.flatMap((rule) => rule(config, documents))
}
