/** A run of text, and whether it is one of the marked strings. */
export interface MarkedRun {
  text: string
  marked: boolean
}

/**
 * `text` cut into runs so that every occurrence of a mark is a run of its own (the longest mark wins where two
 * start at the same place). Joined, the runs give `text` back.
 */
export function splitMarks(text: string, marks: readonly string[]): MarkedRun[] {
  const wanted = [...new Set(marks)].filter((mark) => mark !== '').sort((a, b) => b.length - a.length)
  if (wanted.length === 0) return [{ text, marked: false }]
  const runs: MarkedRun[] = []
  let start = 0
  let at = 0
  while (at < text.length) {
    const mark = wanted.find((m) => text.startsWith(m, at))
    if (mark === undefined) {
      at += 1
      continue
    }
    if (at > start) runs.push({ text: text.slice(start, at), marked: false })
    runs.push({ text: mark, marked: true })
    at += mark.length
    start = at
  }
  if (start < text.length || runs.length === 0) runs.push({ text: text.slice(start), marked: false })
  return runs
}
