import type { z } from 'zod/mini'

/**
 * Plain words for a configuration of the wrong structure (a damaged or hand-edited link or file): what the
 * field should hold and what it holds instead. Field rules (bucket names, account IDs…) have their own messages.
 */
export const structureMessage: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    const expected = TYPE_NAMES[issue.expected] ?? issue.expected
    return issue.input === undefined ? `Missing: expected ${expected}.` : `Expected ${expected}, not ${describe(issue.input)}.`
  }
  if (issue.code === 'invalid_value') {
    const choices = issue.values.map((value) => JSON.stringify(value)).join(', ')
    return issue.values.length === 1
      ? `Expected ${choices}, not ${describe(issue.input)}.`
      : `Expected one of ${choices}, not ${describe(issue.input)}.`
  }
  return undefined
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  number: 'a number',
  object: 'an object ({…})',
  array: 'a list ([…])',
}

function describe(input: unknown): string {
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'a list'
  if (typeof input === 'string') return input.length > 40 ? `"${input.slice(0, 40)}…"` : JSON.stringify(input)
  if (typeof input === 'number' || typeof input === 'boolean' || typeof input === 'bigint') return String(input)
  return typeof input === 'object' ? 'an object' : typeof input
}
