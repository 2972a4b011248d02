import type { HighlightSpan } from './highlighter'

/** Lines per block of the text view: a change re-renders, re-highlights and re-lays out only its own block. */
export const LINES_PER_BLOCK = 50

/** The text cut after every `linesPerBlock`-th line break; joined, the blocks are exactly the text. */
export function splitBlocks(text: string, linesPerBlock: number = LINES_PER_BLOCK): string[] {
  const blocks: string[] = []
  let start = 0
  let lines = 0
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    lines += 1
    if (lines === linesPerBlock) {
      blocks.push(text.slice(start, at + 1))
      start = at + 1
      lines = 0
    }
  }
  if (start < text.length || blocks.length === 0) blocks.push(text.slice(start))
  return blocks
}

/** Highlighted runs of a whole text, cut at the same places as `blocks` (which join to that text). */
export function cutSpans(spans: readonly HighlightSpan[], blocks: readonly string[]): HighlightSpan[][] {
  const result: HighlightSpan[][] = blocks.map(() => [])
  let block = 0
  let room = blocks[0]?.length ?? 0
  for (const span of spans) {
    let text = span.text
    while (text.length > 0) {
      while (room === 0 && block < blocks.length - 1) {
        block += 1
        room = blocks[block]?.length ?? 0
      }
      const piece = text.slice(0, room)
      result[block]?.push({ text: piece, className: span.className })
      room -= piece.length
      text = text.slice(piece.length)
      if (piece.length === 0) break // the spans are longer than the blocks: never loop forever
    }
  }
  return result
}
