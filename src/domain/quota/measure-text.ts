import type { EditableDocument } from '../config/document-edits-schema'
import { IAM_QUOTAS, nonWhiteSpaceLength } from '../iam/policy'
import { measure, TRUST_POLICY_MAX_QUOTA, type QuotaMeasure } from './measure-quotas'

/** What to do about a document over its quota: the remedies IAM's quotas leave (domain-facts §5). */
const ADVICE: Record<EditableDocument, string> = {
  'permissions-policy':
    'Merge statements that share actions, name a bucket prefix or a wildcard instead of many ARNs, or move statements to customer managed policies (6,144 characters each, attached to the role).',
  'trust-policy':
    'Merge statements that differ only in their condition values (list the values in one condition), or ask AWS for a trust policy quota increase (up to 4,096).',
  'passrole-policy': 'Merge statements that share actions, or split the policy into two customer managed policies.',
  'startjobrun-policy': 'Merge statements that share actions, or split the policy into two customer managed policies.',
}

export interface TextMeasure extends QuotaMeasure {
  /** How to bring it within the quota, when it is past it. */
  advice: string | null
}

/**
 * One document's text against its quota, as IAM counts it (characters other than white space), for the meter
 * beside an edited or generated document. The permissions policy is the role's only inline policy, so its quota
 * is the role's inline total.
 */
export function measureDocumentText(id: EditableDocument, text: string): TextMeasure {
  return measureDocumentSize(id, nonWhiteSpaceLength(text))
}

/** The same, for a size already counted (the preview's worker counts the generated documents). */
export function measureDocumentSize(id: EditableDocument, size: number): TextMeasure {
  const measured =
    id === 'permissions-policy'
      ? measure('inline-policies', 'Permissions policy', size, IAM_QUOTAS.inlinePoliciesPerRole)
      : id === 'trust-policy'
        ? measure('trust-policy', 'Trust policy', size, IAM_QUOTAS.trustPolicy, TRUST_POLICY_MAX_QUOTA)
        : measure(id, 'Submitters’ policy', size, IAM_QUOTAS.managedPolicy)
  return { ...measured, advice: measured.status === 'ok' ? null : ADVICE[id] }
}
