/** Lines of a text that a view marks: each region's lines are wrapped in an element of their own. */
export interface LineRegion {
  /** Its first line and the line after its last, 0-based. */
  from: number
  to: number
  /** The caller's name for it, given to the element as `data-region`. */
  key: string
  className: string
}

/** Lines a change added (`from` < `to`), or the place where it removed lines (`from` === `to`). */
export interface LineChange {
  from: number
  to: number
}

/** A run of whole lines inside one block, with the region it belongs to and its classes. */
export interface BlockSegment {
  lines: number
  region: string | null
  className: string
}

/**
 * Cuts the block that starts at `firstLine` and has `lines` lines into runs that share a region and a change
 * state. Regions must be sorted and not overlap; so must changes. Returns null when nothing in the block is
 * marked, so plain blocks stay plain.
 */
export function blockSegments(
  firstLine: number,
  lines: number,
  regions: readonly LineRegion[],
  changes: readonly LineChange[],
): BlockSegment[] | null {
  const end = firstLine + lines
  const cuts = new Set<number>([firstLine, end])
  const inBlock = <T extends { from: number; to: number }>(ranges: readonly T[]) =>
    ranges.filter((r) => r.to > firstLine && r.from < end)
  const regionsHere = inBlock(regions)
  // A removal at line N marks line N (its top edge), so it belongs to the block that holds line N.
  const changesHere = changes.filter((c) => (c.from === c.to ? c.from >= firstLine && c.from < end : c.to > firstLine && c.from < end))
  if (regionsHere.length === 0 && changesHere.length === 0) return null
  for (const range of [...regionsHere, ...changesHere]) {
    for (const at of [range.from, range.to, range.from + 1]) if (at > firstLine && at < end) cuts.add(at)
  }
  const sorted = [...cuts].sort((a, b) => a - b)
  const segments: BlockSegment[] = []
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const from = sorted[i] as number
    const to = sorted[i + 1] as number
    const region = regionsHere.find((r) => r.from <= from && from < r.to)
    const classes = [region?.className ?? '']
    if (changesHere.some((c) => c.from < c.to && c.from <= from && from < c.to)) classes.push('line-added')
    if (changesHere.some((c) => c.from === c.to && c.from === from)) classes.push('line-removed-above')
    const className = classes.filter((c) => c !== '').join(' ')
    const last = segments[segments.length - 1]
    const regionKey = region?.key ?? null
    if (last && last.region === regionKey && last.className === className && !className.includes('line-removed-above')) last.lines += to - from
    else segments.push({ lines: to - from, region: regionKey, className })
  }
  return segments
}

/** A short text that is equal for equal segment lists: what a block compares to know it need not render again. */
export function segmentsKey(segments: readonly BlockSegment[] | null): string {
  return segments === null ? '' : segments.map((s) => `${s.lines}:${s.region ?? ''}:${s.className}`).join('|')
}
