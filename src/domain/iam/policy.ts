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

/** The text users copy and download: two-space indented JSON with a final newline. */
export function formatPolicy(document: PolicyDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`
}

/** Size as IAM counts it against its quotas: characters other than white space (domain-facts §5). */
export function policySize(document: PolicyDocument): number {
  return JSON.stringify(document).replace(/\s/g, '').length
}

/** IAM quotas in characters (domain-facts §5). */
export const IAM_QUOTAS = {
  inlinePoliciesPerRole: 10_240,
  managedPolicy: 6_144,
  trustPolicy: 2_048,
} as const
