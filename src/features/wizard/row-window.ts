/**
 * The rows a virtualised list renders: those in view (with overscan), plus pinned rows, in index order.
 * Pinned are the first and last rows (so Tab into the list from above lands on row 1 and Shift-Tab from
 * below on the last row) and the row that holds focus or is being revealed (so scrolling away never
 * unmounts the focused control).
 */
export function withPinnedRows(inView: readonly number[], pinned: readonly (number | null)[], count: number): number[] {
  const rows = new Set(inView)
  for (const index of pinned) {
    if (index !== null && index >= 0 && index < count) rows.add(index)
  }
  return [...rows].sort((a, b) => a - b)
}

/** The row index of a path in the array `name`: ("buckets", "buckets.899.name") → 899; otherwise null. */
export function rowIndexOfField(name: string, field: string): number | null {
  if (!field.startsWith(`${name}.`)) return null
  const [index] = field.slice(name.length + 1).split('.')
  return index !== undefined && /^\d+$/.test(index) ? Number(index) : null
}
