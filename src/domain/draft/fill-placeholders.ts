// Apart from draft-config.ts: the page fills a worker's draft in again (preview-deriver.ts) without the
// placeholder rules, which only the documents' code needs.

/** An answer not given yet, and the text that stands in for it in a draft. */
export interface Placeholder {
  /** The field, as problems name it ("accountId", "buckets.0.name"). */
  field: string
  /** What the documents show instead: text no real answer would be. */
  value: string
  /** What it stands for, in a few words ("your AWS account ID"). */
  standsFor: string
}

/**
 * The answers with each placeholder in its field. Copies only the objects on the way to those fields, so a
 * list of 10,000 buckets with one empty row costs one copied list, not 10,000 copied entries.
 */
export function fillPlaceholders<T>(values: T, placeholders: readonly Placeholder[]): T {
  let result: unknown = values
  for (const { field, value } of placeholders) result = withValueAt(result, field.split('.'), value)
  return result as T
}

function withValueAt(node: unknown, path: readonly string[], value: string): unknown {
  const [key, ...rest] = path
  if (key === undefined) return value
  if (Array.isArray(node)) {
    const copy: unknown[] = [...(node as unknown[])]
    copy[Number(key)] = withValueAt(copy[Number(key)], rest, value)
    return copy
  }
  if (!isRecord(node)) return node
  return { ...node, [key]: withValueAt(node[key], rest, value) }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
