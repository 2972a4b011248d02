import type { ContextValue } from './types'

/** A request context looked up case-insensitively: IAM condition key names are not case-sensitive. */
export type ContextLookup = (key: string) => ContextValue | undefined

export function contextLookup(context: Readonly<Record<string, ContextValue>> = {}): ContextLookup {
  const byLowerKey = new Map<string, ContextValue>()
  for (const [key, value] of Object.entries(context)) byLowerKey.set(key.trim().toLowerCase(), value)
  return (key) => byLowerKey.get(key.trim().toLowerCase())
}

/** The values of a context key as strings (booleans as "true"/"false"); empty when the key is absent. */
export function contextValues(value: ContextValue | undefined): string[] {
  if (value === undefined) return []
  if (typeof value === 'boolean') return [String(value)]
  return typeof value === 'string' ? [value] : [...value]
}
