import { memo, useMemo, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react'
import type { CodeLanguage } from './code-language'
import type { HighlightSpan } from './highlighter'
import { splitMarks } from './marks'
import { useCodeBlocks, type CodeBlock } from './use-code-blocks'

export interface CodeViewProps {
  value: string
  language: CodeLanguage
  ariaLabel: string
  /** Ctrl+F or ⌘F inside the view: the caller opens the code editor with its search. */
  onSearch?: () => void
  /** Strings shown marked wherever they occur (a draft's placeholders); a stable array, or none. */
  marks?: readonly string[]
}

const NO_MARKS: readonly string[] = []

/**
 * A document as selectable, highlighted text: on screen at first render, before any editor code has loaded,
 * and the same text Copy and Download give. Browser find works in it too. The text is laid out in blocks of
 * lines that the browser skips while they are off screen, so a document of 30,000 lines costs what its
 * visible part costs.
 */
export const CodeView = memo(function CodeView({ value, language, ariaLabel, onSearch, marks = NO_MARKS }: CodeViewProps) {
  const blocks = useCodeBlocks(value, language)
  const sectionList = useMemo(() => sections(blocks), [blocks])

  function onKeyDown(event: KeyboardEvent<HTMLPreElement>) {
    if (onSearch && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
      event.preventDefault()
      onSearch()
    }
  }

  return (
    // A focusable region so keyboard users can scroll it; its name says what it holds.
    <pre className="code-view" tabIndex={0} role="region" aria-label={ariaLabel} data-language={language} onKeyDown={onKeyDown}>
      <code>
        {sectionList.map((section, index) => (
          <Section key={index} blocks={section.blocks} lines={section.lines} marks={marks} />
        ))}
      </code>
    </pre>
  )
})

/** Blocks per section: the browser skips a section while it is off screen (`content-visibility: auto`). */
const BLOCKS_PER_SECTION = 20

interface SectionProps {
  blocks: readonly CodeBlock[]
  lines: number
  marks: readonly string[]
}

function sections(blocks: readonly CodeBlock[]): Omit<SectionProps, 'marks'>[] {
  const result: Omit<SectionProps, 'marks'>[] = []
  for (let start = 0; start < blocks.length; start += BLOCKS_PER_SECTION) {
    const run = blocks.slice(start, start + BLOCKS_PER_SECTION)
    result.push({ blocks: run, lines: run.reduce((sum, block) => sum + lineCount(block.text), 0) })
  }
  return result
}

/**
 * A run of blocks the browser lays out and paints only while it is on screen. Sections, not blocks, are
 * skipped: Chromium checks each skipped element's visibility every frame, and 1,600 of them (80,000 lines, the
 * permissions policy of 10,000 buckets) cost more per keystroke than the typing itself.
 */
const Section = memo(function Section({ blocks, lines, marks }: SectionProps) {
  const style = { containIntrinsicSize: `auto ${lines * 1.45}em` } as CSSProperties
  return (
    <span className="code-section" style={style}>
      {blocks.map((block, index) => (
        <Block key={index} text={block.text} spans={block.spans} highlight={block.highlight} marks={marks} />
      ))}
    </span>
  )
}, sameSection)

/** A section whose blocks hold the same text, highlighted the same way, is not rendered again. */
function sameSection(a: SectionProps, b: SectionProps): boolean {
  return (
    a.lines === b.lines &&
    a.marks === b.marks &&
    a.blocks.length === b.blocks.length &&
    a.blocks.every((block, index) => {
      const other = b.blocks[index]
      return other !== undefined && block.text === other.text && block.spans === other.spans && block.highlight === other.highlight
    })
  )
}

function lineCount(text: string): number {
  let lines = 1
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1
  return lines
}

const Block = memo(function Block({ text, spans: given, highlight, marks }: CodeBlock & { marks: readonly string[] }) {
  const spans = useMemo(() => given ?? highlight?.(text) ?? null, [given, highlight, text])
  if (marks.length > 0) return <span className="code-block">{markedSpans(spans ?? [{ text, className: '' }], marks)}</span>
  return (
    <span className="code-block">
      {spans === null ? text : spans.map((span, index) => (span.className === '' ? span.text : <span key={index} className={span.className}>{span.text}</span>))}
    </span>
  )
})

/** The highlighted runs with each occurrence of a mark in a `<mark>` of its own. */
function markedSpans(spans: readonly HighlightSpan[], marks: readonly string[]): ReactNode[] {
  return spans.flatMap((span, index) =>
    splitMarks(span.text, marks).map((run, part) => {
      const key = `${index}.${part}`
      if (run.marked) return <mark key={key} className={`placeholder ${span.className}`.trim()}>{run.text}</mark>
      return span.className === '' ? run.text : <span key={key} className={span.className}>{run.text}</span>
    }),
  )
}
