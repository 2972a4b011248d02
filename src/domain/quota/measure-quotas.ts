import type { Target } from '../config/schema'
import type { RoleDocuments } from '../documents/role-documents'
import { IAM_QUOTAS, policySize, type PolicyDocument } from '../iam/policy'
import { passRolePolicyLabel } from '../documents/document-list'
import { formatCount } from '../share/input-limits'

/** The most a trust-policy quota increase grants (domain-facts §5: the auto-approved maximum). */
export const TRUST_POLICY_MAX_QUOTA = 4_096

/** What a quota is counted over: every inline policy together, or one document. */
export type QuotaDocument = 'inline-policies' | 'trust-policy' | 'passrole-policy' | 'startjobrun-policy'

/** ok: within the quota; over-default: past the default but within what an increase allows; over: IAM rejects it. */
export type QuotaStatus = 'ok' | 'over-default' | 'over'

export interface QuotaMeasure {
  document: QuotaDocument
  label: string
  /** Characters without white space, as IAM counts them. */
  size: number
  /** The quota every account has. */
  quota: number
  /** The most the quota can be raised to, when it can be raised at all. */
  maxQuota?: number
  status: QuotaStatus
}

/** The inline policies the role carries; today only the permissions policy, later perhaps more. */
export function listInlinePolicies(documents: RoleDocuments): PolicyDocument[] {
  return documents.permissionsPolicy ? [documents.permissionsPolicy] : []
}

export function measure(document: QuotaDocument, label: string, size: number, quota: number, maxQuota?: number): QuotaMeasure {
  const status: QuotaStatus = size > (maxQuota ?? quota) ? 'over' : size > quota ? 'over-default' : 'ok'
  return maxQuota === undefined ? { document, label, size, quota, status } : { document, label, size, quota, maxQuota, status }
}

/**
 * Every document against its own IAM quota (domain-facts §5): the inline policies together (10,240 per role),
 * the trust policy (2,048 by default, 4,096 at most) and the job submitters' customer managed policy (6,144).
 * AWS managed policies attached to the role are AWS's to size, so they are not measured.
 */
export function measureQuotas(target: Target, documents: RoleDocuments): QuotaMeasure[] {
  const measures: QuotaMeasure[] = []
  const inline = listInlinePolicies(documents)
  if (inline.length > 0) {
    const size = inline.reduce((total, policy) => total + policySize(policy), 0)
    measures.push(measure('inline-policies', 'Inline policies (all together)', size, IAM_QUOTAS.inlinePoliciesPerRole))
  }
  measures.push(
    measure('trust-policy', 'Trust policy', policySize(documents.trustPolicy), IAM_QUOTAS.trustPolicy, TRUST_POLICY_MAX_QUOTA),
  )
  if (documents.submitterPolicy) {
    const [id, label] = target === 'eks'
      ? (['startjobrun-policy', 'StartJobRun policy'] as const)
      : (['passrole-policy', passRolePolicyLabel(documents.submitterPolicy)] as const)
    measures.push(measure(id, label, policySize(documents.submitterPolicy), IAM_QUOTAS.managedPolicy))
  }
  return measures
}

/** The measures IAM would reject outright. */
export function listQuotaBreaches(measures: readonly QuotaMeasure[]): QuotaMeasure[] {
  return measures.filter((m) => m.status === 'over')
}

const count = formatCount

/** One sentence naming the document, its size and the quota it passes, e.g. for an error line. */
export function describeQuotaMeasure(m: QuotaMeasure): string {
  const limit =
    m.status === 'over' && m.maxQuota !== undefined
      ? `IAM allows at most ${count(m.maxQuota)}, even with a quota increase`
      : m.status === 'over-default'
        ? `the default quota is ${count(m.quota)} (it can be raised to ${count(m.maxQuota ?? m.quota)} on request)`
        : `IAM’s quota is ${count(m.quota)}`
  return `${m.label}: ${count(m.size)} characters without white space; ${limit}.`
}
