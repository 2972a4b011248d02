import { formatCount } from '../share/input-limits'

/** What an explainer says about one statement; `explainDocument` adds the Sid. */
export interface Explained {
  sentence: string
  field: string
}

export type JsonObject = Record<string, unknown>

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A statement's Action, Resource or condition value as a list of strings (IAM allows one string or a list). */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** Every value of one condition key, whatever the operator: `{ StringLike: { "s3:prefix": [...] } }` → [...]. */
export function conditionValues(statement: JsonObject, key: string): string[] {
  const condition = statement.Condition
  if (!isObject(condition)) return []
  return Object.values(condition).flatMap((block) => (isObject(block) ? stringsOf(block[key]) : []))
}

/** "a", "a and b", "a, b and c"; with more than `max`, the first two and a count: "a, b and 5 more". */
export function listOf(items: readonly string[], max = 3, joiner: 'and' | 'or' = 'and'): string {
  if (items.length > max) return `${items.slice(0, 2).join(', ')} ${joiner} ${formatCount(items.length - 2)} more`
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1] ?? ''}`
}

/** "s3:GetObject", "a and b", up to four actions named; more: "a, b and 5 more". */
export function actionsText(actions: readonly string[]): string {
  return listOf(actions, 4)
}

/** `"raw/"`, `"out/" or "tmp/"`, `"a/", "b/" or 3 more`: values a user typed, quoted exactly as typed. */
export function quotedList(values: readonly string[], joiner: 'and' | 'or' = 'and'): string {
  return listOf(values.map((v) => `"${v}"`), 2, joiner)
}

/** Row numbers as the form shows them (1-based): "bucket 1", "buckets 1 and 3", "buckets 1, 3 and 5 more". */
export function rowsText(noun: string, indices: readonly number[]): string {
  return `${noun}${indices.length === 1 ? '' : 's'} ${listOf(indices.map((i) => String(i + 1)), 2)}`
}

/** "the bucket", "them": how a sentence refers back to one or several. */
export function itOrThem(count: number): string {
  return count === 1 ? 'it' : 'them'
}
