import type { Config } from '../config/schema'
import type { RoleDocuments } from '../documents/role-documents'
import { describeQuotaMeasure, measureQuotas, type QuotaDocument, type QuotaMeasure } from '../quota/measure-quotas'
import type { RiskWarning } from './risk'

/** Stable ids; the inline one predates measuring the inline policies together, so it keeps its old name. */
const RISK_IDS: Record<QuotaDocument, string> = {
  'inline-policies': 'permissions-policy-too-large',
  'trust-policy': 'trust-policy-too-large',
  'passrole-policy': 'passrole-policy-too-large',
  'startjobrun-policy': 'startjobrun-policy-too-large',
}

const TRUST_INCREASE = 'request the trust-policy quota increase (Service Quotas, IAM, “Role trust policy length”, up to 4,096)'

function fieldOf(document: QuotaDocument, config: Config): string {
  const { submitters } = config.eks
  switch (document) {
    case 'inline-policies':
      return config.s3Access === 'specific' ? 'buckets' : 's3Access'
    case 'trust-policy':
      return config.target === 'eks' ? 'eks.clusters' : 'trust.sourceArn'
    case 'passrole-policy':
      return 'passRolePolicy'
    case 'startjobrun-policy':
      return submitters.limit === 'roles' && submitters.roleArns.length > submitters.virtualClusterIds.length
        ? 'eks.submitters.roleArns'
        : 'eks.submitters.virtualClusterIds'
  }
}

function fixFor(m: QuotaMeasure, config: Config): string {
  const overDefault = m.status === 'over-default'
  switch (m.document) {
    case 'inline-policies':
      return 'Merge statements, group data under fewer buckets or one shared key prefix so fewer ARNs are listed, ' +
        'or split the access across several roles.'
    case 'trust-policy':
      if (config.target === 'eks') {
        return overDefault
          ? `Use fewer (cluster, namespace) pairs per role, or ${TRUST_INCREASE}.`
          : 'Use fewer (cluster, namespace) pairs per role and split the rest across roles; drop statements you no longer need from the pasted trust policy.'
      }
      return overDefault
        ? `Allow all applications in the region or list fewer application IDs, or ${TRUST_INCREASE}.`
        : 'Allow all applications in the region, or list fewer application IDs: 4,096 is the most IAM allows.'
    case 'passrole-policy':
      return 'Split the job submitters’ policy into several managed policies.'
    case 'startjobrun-policy':
      return 'Approve execution roles by a name prefix instead of listing each ARN, list fewer virtual clusters, ' +
        'or split the submitters into several policies (one per tenant).'
  }
}

function warningFor(m: QuotaMeasure, config: Config): RiskWarning {
  const overDefault = m.status === 'over-default'
  const plural = m.document === 'inline-policies'
  return {
    id: RISK_IDS[m.document],
    severity: 'high',
    title: `${m.label} ${plural ? 'are' : 'is'} over IAM’s ${overDefault ? 'default ' : m.maxQuota ? 'maximum ' : ''}size quota`,
    detail: `${describeQuotaMeasure(m)} ${overDefault ? 'IAM rejects it unless the account’s quota was raised.' : 'IAM will reject it.'}`,
    saferAlternative: fixFor(m, config),
    field: fieldOf(m.document, config),
  }
}

/** One warning per document over its IAM quota (or over the default trust-policy quota), for both targets. */
export function assessQuotaRisks(config: Config, documents: RoleDocuments): RiskWarning[] {
  return measureQuotas(config.target, documents)
    .filter((m) => m.status !== 'ok')
    .map((m) => warningFor(m, config))
}
