import { formatCount } from '../share/input-limits'

/** Sentences about one part of a role: what it can do, and what it cannot. */
export interface SummaryPart {
  can: string[]
  cannot: string[]
}

/** "a", "a and b", "a, b and c"; past `max` names, "a, b, c and 4 more". */
export function listNames(names: readonly string[], max = 5): string {
  if (names.length > max) return `${names.slice(0, max).join(', ')} and ${formatCount(names.length - max)} more`
  const last = names[names.length - 1] ?? ''
  return names.length <= 1 ? last : `${names.slice(0, -1).join(', ')} and ${last}`
}

/** "1 bucket", "2,000 buckets". */
export function countOf(count: number, noun: string, nouns = `${noun}s`): string {
  return `${formatCount(count)} ${count === 1 ? noun : nouns}`
}
