export type ConditionValues = Record<string, string | string[]>
export type ConditionBlock = Record<string, ConditionValues>

export interface Statement {
  Sid?: string
  Effect: 'Allow' | 'Deny'
  Principal?: Record<string, string | string[]>
  Action: string | string[]
  Resource?: string | string[]
  Condition?: ConditionBlock
}

export interface PolicyDocument {
  Version: '2012-10-17'
  Statement: Statement[]
}

export function policyDocument(statements: Statement[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements }
}

/** Sorted (by code unit, so the same in every locale) and de-duplicated. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}

/** One value as a string, several as a list: the shape IAM documents usually use for condition values. */
export function oneOrMany(values: readonly string[]): string | string[] {
  return values.length === 1 && values[0] !== undefined ? values[0] : [...values]
}

/**
 * Texts already made, by document: the preview measures a document against its quota and then shows it, and
 * with 10,000 buckets each JSON.stringify costs tens of milliseconds. Documents are never changed once built.
 */
const formatted = new WeakMap<PolicyDocument, string>()

/** The text users copy and download: two-space indented JSON with a final newline. */
export function formatPolicy(document: PolicyDocument): string {
  let text = formatted.get(document)
  if (text === undefined) {
    text = `${JSON.stringify(document, null, 2)}\n`
    formatted.set(document, text)
  }
  return text
}

/**
 * Size as IAM counts it against its quotas: characters other than white space (domain-facts §5). The
 * formatted text has the same: indentation and line breaks are white space outside strings.
 */
export function policySize(document: PolicyDocument): number {
  return nonWhiteSpaceLength(formatPolicy(document))
}

/** `text.replace(/\s/g, '').length`, without building a second copy of a text that can be megabytes long. */
export function nonWhiteSpaceLength(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i += 1) if (!isWhiteSpace(text.charCodeAt(i))) count += 1
  return count
}

/** The characters of JavaScript's `\s`: ECMAScript's WhiteSpace and LineTerminator. */
function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}

/** IAM quotas in characters (domain-facts §5). */
export const IAM_QUOTAS = {
  inlinePoliciesPerRole: 10_240,
  managedPolicy: 6_144,
  trustPolicy: 2_048,
} as const
