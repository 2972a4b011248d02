import { memo, startTransition, useEffect, useMemo, useState, type ReactNode } from 'react'
import { cutSpans } from './blocks'
import type { HighlightSpan } from './highlighter'
import type { BlockSegment } from './line-regions'
import { splitMarks } from './marks'
import type { CodeBlock } from './use-code-blocks'

export interface CodeBlockProps extends CodeBlock {
  marks: readonly string[]
  /** The line the block starts at (0-based): marked runs carry their first line as `data-from`. */
  firstLine: number
  /** The block's marked runs of lines (see line-regions.ts), or null; `segmentsKey` tells when they changed. */
  segments: readonly BlockSegment[] | null
  segmentsKey: string
  /** Changes with each new set of changed lines, so their highlight plays again. */
  changeSerial: number
}

/**
 * One block of lines. A JSON block whose text has not been highlighted before shows plain first and gains its
 * colour in a transition after that commit, so new text (a paste of a thousand buckets) is on screen without
 * waiting for colour, and typing is never held up by it. A block highlighted before takes its colour from the
 * cache at once.
 */
export const CodeBlockView = memo(function CodeBlockView({ text, spans: given, highlight, marks, firstLine, segments, changeSerial }: CodeBlockProps) {
  const [colourFor, setColourFor] = useState<string | null>(null)
  const spans = useMemo(
    () => given ?? highlight?.cached(text) ?? (highlight && colourFor === text ? highlight(text) : null),
    [given, highlight, text, colourFor],
  )
  const waiting = spans === null && highlight !== undefined
  useEffect(() => {
    if (waiting) startTransition(() => setColourFor(text))
  }, [waiting, text])

  const runs = spans ?? [{ text, className: '' }]
  if (segments === null) return <span className="code-block">{renderRuns(runs, marks, '')}</span>
  const pieces = piecesOf(text, segments)
  const cut = cutSpans(runs, pieces)
  let line = firstLine
  return (
    <span className="code-block">
      {segments.map((segment, index) => {
        const from = line
        line += segment.lines
        const content = renderRuns(cut[index] ?? [], marks, `${index}.`)
        if (segment.region === null && segment.className === '') return content
        return (
          <span
            key={segment.className.includes('line-') ? `${index}.${changeSerial}` : index}
            className={`line-region ${segment.className}`.trim()}
            data-region={segment.region ?? undefined}
            data-from={from}
          >
            {content}
          </span>
        )
      })}
    </span>
  )
}, sameBlock)

function sameBlock(a: CodeBlockProps, b: CodeBlockProps): boolean {
  return (
    a.text === b.text &&
    a.spans === b.spans &&
    a.highlight === b.highlight &&
    a.marks === b.marks &&
    a.segmentsKey === b.segmentsKey &&
    (a.changeSerial === b.changeSerial || !a.segmentsKey.includes('line-'))
  )
}

/** The block's text cut into one piece per segment (segments count whole lines). */
function piecesOf(text: string, segments: readonly BlockSegment[]): string[] {
  const pieces: string[] = []
  let start = 0
  for (const segment of segments) {
    let end = start
    for (let line = 0; line < segment.lines && end < text.length; line += 1) {
      const at = text.indexOf('\n', end)
      end = at === -1 ? text.length : at + 1
    }
    pieces.push(text.slice(start, end))
    start = end
  }
  return pieces
}

/** Highlighted runs as nodes; each occurrence of a mark (a draft's placeholder) in a `<mark>` of its own. */
function renderRuns(spans: readonly HighlightSpan[], marks: readonly string[], prefix: string): ReactNode[] {
  return spans.flatMap((span, index) => {
    if (marks.length === 0) return [span.className === '' ? span.text : <span key={`${prefix}${index}`} className={span.className}>{span.text}</span>]
    return splitMarks(span.text, marks).map((run, part) => {
      const key = `${prefix}${index}.${part}`
      if (run.marked) return <mark key={key} className={`placeholder ${span.className}`.trim()}>{run.text}</mark>
      return span.className === '' ? run.text : <span key={key} className={span.className}>{run.text}</span>
    })
  })
}
