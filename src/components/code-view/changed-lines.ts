// Loaded on demand (see use-line-changes.ts): jsdiff's diff of the lines, to show what a change of answers did.
import { diffArrays } from 'diff'
import type { LineChange } from './line-regions'

/** Above this many added and removed lines the diff stops, and the changed stretch is marked as one. */
const MAX_EDIT_LENGTH = 400

/**
 * The lines of `after` that are new, and the places where lines of `before` were removed, as runs.
 * A line that only gained or lost a trailing comma (JSON: an item added after it) counts as unchanged.
 */
export function changedLines(before: string, after: string): LineChange[] {
  if (before === after) return []
  const parts = diffArrays(before.split('\n'), after.split('\n'), { maxEditLength: MAX_EDIT_LENGTH, comparator: sameButComma })
  if (parts === undefined) return [changedStretch(before, after)]
  const changes: LineChange[] = []
  let line = 0
  for (const part of parts) {
    const count = part.count
    if (part.added) {
      changes.push({ from: line, to: line + count })
      line += count
    } else if (part.removed) {
      const last = changes[changes.length - 1]
      // A removal right where lines were added is a replacement: the added lines show it.
      if (last?.to !== line) changes.push({ from: line, to: line })
    } else {
      line += count
    }
  }
  // A removal followed by additions at the same place: the additions show it.
  return changes.filter((change, index) => !(change.from === change.to && changes[index + 1]?.from === change.from))
}

function sameButComma(left: string, right: string): boolean {
  return left === right || withoutComma(left) === withoutComma(right)
}

function withoutComma(line: string): string {
  return line.endsWith(',') ? line.slice(0, -1) : line
}

/** The lines between the common start and the common end of the two texts, as one run. */
function changedStretch(before: string, after: string): LineChange {
  const a = before.split('\n')
  const b = after.split('\n')
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1
  return { from: start, to: Math.max(start, b.length - end) }
}
