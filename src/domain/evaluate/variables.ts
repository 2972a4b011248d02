import { contextValues, type ContextLookup } from './context-keys'

/**
 * A pattern from a policy, broken into literal text and wildcards, with its policy variables already replaced
 * (IAM User Guide, "IAM policy elements: Variables and tags"):
 * - `${key}` is the request's value of the context key `key` (names not case-sensitive); a key that is absent or
 *   has several values (a multivalued key cannot be a variable) leaves the variable unresolved;
 * - `${key, 'default'}` uses the default text when the key has no value;
 * - `${*}`, `${?}` and `${$}` are a literal `*`, `?` and `$`;
 * - a replaced value is literal text: a `*` in a user name is not a wildcard.
 * Policy variables need `"Version": "2012-10-17"`; in older documents `${…}` is plain text.
 */
export type Token = { literal: string } | 'any-run' | 'any-char'

export interface PatternOptions {
  /** Whether `*` and `?` are wildcards (Resource, Action, StringLike, ArnLike) or plain text (StringEquals). */
  wildcards: boolean
  /** Null when the document's Version does not allow policy variables. */
  lookup: ContextLookup | null
}

/** The tokens of a pattern, or null when a variable in it cannot be resolved (the pattern then matches nothing). */
export function tokenize(pattern: string, { wildcards, lookup }: PatternOptions): Token[] | null {
  const tokens: Token[] = []
  const literal = (text: string) => {
    const last = tokens[tokens.length - 1]
    if (typeof last === 'object') last.literal += text
    else tokens.push({ literal: text })
  }
  let i = 0
  while (i < pattern.length) {
    const char = pattern.charAt(i)
    if (lookup !== null && char === '$' && pattern.charAt(i + 1) === '{') {
      const end = pattern.indexOf('}', i + 2)
      if (end !== -1) {
        const value = resolveVariable(pattern.slice(i + 2, end), lookup)
        if (value === null) return null
        literal(value)
        i = end + 1
        continue
      }
    }
    if (wildcards && char === '*') tokens.push('any-run')
    else if (wildcards && char === '?') tokens.push('any-char')
    else literal(char)
    i += 1
  }
  return tokens
}

const SPECIAL: Readonly<Record<string, string>> = { '*': '*', '?': '?', $: '$' }
const WITH_DEFAULT = /^\s*([^,]+?)\s*,\s*'([^']*)'\s*$/

function resolveVariable(body: string, lookup: ContextLookup): string | null {
  const special = SPECIAL[body]
  if (special !== undefined) return special
  const withDefault = WITH_DEFAULT.exec(body)
  const key = withDefault?.[1] ?? body
  const value = lookup(key)
  const values = contextValues(value)
  if (values.length === 1 && typeof value !== 'object' && values[0] !== '') return values[0] ?? null
  return withDefault?.[2] ?? null
}
