import type { ContextLookup } from './context-keys'
import { tokenize } from './variables'
import { matchArnTokens, matchTokens } from './wildcards'

/**
 * The condition operators (IAM User Guide, "IAM JSON policy elements: Condition operators"), each as a test of
 * one policy value against one request value. A negated operator (StringNotEquals, ArnNotLike …) is its positive
 * operator's test, negated over all the policy's values: it matches when the request value matches none of them.
 */
export interface BaseOperator {
  /** The positive test; for a negated operator, the test it negates. */
  test: (policyValue: string, requestValue: string, lookup: ContextLookup | null) => boolean
  negated: boolean
}

const stringTest = (wildcards: boolean, ignoreCase: boolean) => (policy: string, request: string, lookup: ContextLookup | null) => {
  const tokens = tokenize(policy, { wildcards, lookup })
  return tokens !== null && matchTokens(tokens, request, ignoreCase)
}

// ArnEquals and ArnLike are the same test: both take wildcards in each part of the ARN.
const arnTest = (policy: string, request: string, lookup: ContextLookup | null) => {
  const tokens = tokenize(policy, { wildcards: true, lookup })
  return tokens !== null && matchArnTokens(tokens, request)
}

const number = (text: string): number | null => (text.trim() === '' || !Number.isFinite(Number(text)) ? null : Number(text))
const numericTest = (compare: (policy: number, request: number) => boolean) => (policy: string, request: string) => {
  const [p, r] = [number(policy), number(request)]
  return p !== null && r !== null && compare(p, r)
}

/** ISO 8601 dates and times, or seconds since the epoch (the two forms the Date operators take). */
function time(text: string): number | null {
  const seconds = number(text)
  if (seconds !== null) return seconds * 1000
  const parsed = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : Number.NaN
  return Number.isNaN(parsed) ? null : parsed
}
const dateTest = (compare: (policy: number, request: number) => boolean) => (policy: string, request: string) => {
  const [p, r] = [time(policy), time(request)]
  return p !== null && r !== null && compare(p, r)
}

const boolTest = (policy: string, request: string) => policy.toLowerCase() === request.toLowerCase()

const positive = (test: BaseOperator['test']): BaseOperator => ({ test, negated: false })
const negative = (test: BaseOperator['test']): BaseOperator => ({ test, negated: true })

const eq = (p: number, r: number) => r === p
export const BASE_OPERATORS: Readonly<Record<string, BaseOperator>> = {
  StringEquals: positive(stringTest(false, false)),
  StringNotEquals: negative(stringTest(false, false)),
  StringEqualsIgnoreCase: positive(stringTest(false, true)),
  StringNotEqualsIgnoreCase: negative(stringTest(false, true)),
  StringLike: positive(stringTest(true, false)),
  StringNotLike: negative(stringTest(true, false)),
  ArnEquals: positive(arnTest),
  ArnLike: positive(arnTest),
  ArnNotEquals: negative(arnTest),
  ArnNotLike: negative(arnTest),
  NumericEquals: positive(numericTest(eq)),
  NumericNotEquals: negative(numericTest(eq)),
  NumericLessThan: positive(numericTest((p, r) => r < p)),
  NumericLessThanEquals: positive(numericTest((p, r) => r <= p)),
  NumericGreaterThan: positive(numericTest((p, r) => r > p)),
  NumericGreaterThanEquals: positive(numericTest((p, r) => r >= p)),
  DateEquals: positive(dateTest(eq)),
  DateNotEquals: negative(dateTest(eq)),
  DateLessThan: positive(dateTest((p, r) => r < p)),
  DateLessThanEquals: positive(dateTest((p, r) => r <= p)),
  DateGreaterThan: positive(dateTest((p, r) => r > p)),
  DateGreaterThanEquals: positive(dateTest((p, r) => r >= p)),
  Bool: positive(boolTest),
}

export interface ParsedOperator {
  name: string
  set: 'ForAllValues' | 'ForAnyValue' | null
  ifExists: boolean
  /** Null for the Null operator, which tests whether the key is present at all. */
  base: BaseOperator | null
}

/** An operator name split into its set prefix, base and IfExists suffix; null if IAM has no such operator. */
export function parseOperator(name: string): ParsedOperator | null {
  const match = /^(?:(ForAllValues|ForAnyValue):)?(\w+?)(IfExists)?$/.exec(name.trim())
  if (!match) return null
  const [, set, baseName = '', ifExists] = match
  if (baseName === 'Null') return ifExists || set ? null : { name, set: null, ifExists: false, base: null }
  const base = BASE_OPERATORS[baseName]
  return base ? { name, set: (set as ParsedOperator['set']) ?? null, ifExists: ifExists !== undefined, base } : null
}
