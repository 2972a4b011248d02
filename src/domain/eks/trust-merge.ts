import type { Statement } from '../iam/policy'
import { trustPolicyTextProblem } from '../share/input-limits'

export type JsonObject = Record<string, unknown>

export type ParsedTrustPolicy = { ok: true; document: JsonObject } | { ok: false; message: string }

/**
 * Reads a pasted trust policy; says what is wrong with it in plain words instead of throwing. Text over the size
 * limit, with a character IAM rejects, or nested too deep for the builders is refused before it is parsed.
 */
export function parseTrustPolicyText(text: string): ParsedTrustPolicy {
  const limitProblem = trustPolicyTextProblem(text)
  if (limitProblem !== undefined) return { ok: false, message: limitProblem }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, message: `The pasted trust policy is not valid JSON: ${detail}.` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'Paste the whole trust policy: a JSON object with "Version" and "Statement".' }
  }
  const statement = (value as JsonObject).Statement
  if (statement !== undefined && (typeof statement !== 'object' || statement === null)) {
    return { ok: false, message: '"Statement" must be a list of statements (or one statement object).' }
  }
  return { ok: true, document: value as JsonObject }
}

/**
 * The AWS CLI's test for "this statement already exists": the same keys at every level, lists of the same
 * length, and leaves equal as strings (domain-facts §1.3). A Sid or an extra condition key makes it different.
 */
export function strictlyEqual(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => strictlyEqual(x, b[i]))
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && strictlyEqual(a[k], b[k]))
  }
  return String(a) === String(b)
}

export interface TrustMerge {
  document: JsonObject
  /** Computed statements the CLI would append. */
  appended: Statement[]
  /** Computed statements already present, which the CLI would skip. */
  alreadyPresent: Statement[]
  /** Existing statements (by index) with the same `sub` as a computed one but not strictly equal. */
  nearDuplicates: number[]
}

/**
 * What `update-role-trust-policy` would leave: existing statements kept, new ones appended once. `written` are the
 * statements to write in place of `computed` (the same statements with placeholders, for a template); whether one
 * is already present is always decided on `computed`.
 */
export function mergeTrustStatements(
  existing: JsonObject,
  computed: readonly Statement[],
  written: readonly Statement[] = computed,
): TrustMerge {
  const raw = existing.Statement
  const statements: unknown[] = raw === undefined ? [] : Array.isArray(raw) ? [...(raw as unknown[])] : [raw]
  const original = [...statements]
  const appended: Statement[] = []
  const alreadyPresent: Statement[] = []
  const nearDuplicates = new Set<number>()
  const compared: unknown[] = [...statements]
  computed.forEach((statement, index) => {
    const output = written[index] ?? statement
    if (compared.some((s) => strictlyEqual(s, statement))) {
      alreadyPresent.push(output)
      return
    }
    const subs = subValues(statement)
    original.forEach((s, i) => {
      if (subValues(s).some((value) => subs.includes(value))) nearDuplicates.add(i)
    })
    compared.push(statement)
    statements.push(output)
    appended.push(output)
  })
  return { document: { ...existing, Statement: statements }, appended, alreadyPresent, nearDuplicates: [...nearDuplicates] }
}

/** Every `…:sub` condition value in a statement, whatever the operator. */
export function subValues(statement: unknown): string[] {
  if (!isObject(statement) || !isObject(statement.Condition)) return []
  return Object.values(statement.Condition).flatMap((block) =>
    isObject(block)
      ? Object.entries(block)
          .filter(([key]) => key.endsWith(':sub'))
          .flatMap(([, value]) => (Array.isArray(value) ? value.map(String) : [String(value)]))
      : [],
  )
}

/** `sub` patterns that end in a wildcard instead of the encoded role name: they trust every role's jobs. */
export function wildcardSubs(document: JsonObject): string[] {
  const raw = document.Statement
  const statements: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
  return statements.flatMap(subValues).filter((value) => /:emr-containers-sa-.*\*$/.test(value))
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
