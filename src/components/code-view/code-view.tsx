import { memo, useLayoutEffect, useMemo, useRef, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react'
import { LINES_PER_BLOCK } from './blocks'
import { CodeBlockView } from './code-block'
import type { CodeLanguage } from './code-language'
import { lazyModule, useLazyModule } from '../../lib/lazy-module'
import type { BlockSegment, LineChange, LineRegion } from './line-regions'
import { useCodeBlocks, type CodeBlock } from './use-code-blocks'
import { useLineChanges } from './use-line-changes'

/** Scrolls the first element matching `selector` into view; a new object (serial) asks again. */
export interface Reveal {
  selector: string
  serial: number
}

export interface CodeViewProps {
  value: string
  language: CodeLanguage
  ariaLabel: string
  /** Ctrl+F or ⌘F inside the view: the caller opens the code editor with its search. */
  onSearch?: () => void
  /** Strings shown marked wherever they occur (a draft's placeholders); a stable array, or none. */
  marks?: readonly string[]
  /** Runs of lines wrapped in elements of their own (a policy's statements), sorted; a stable array. */
  regions?: readonly LineRegion[]
  /** Names the document shown: while it stays the same, the lines a change adds or removes are highlighted for a moment. */
  changesKey?: string
  /** What to scroll to the top of the box (never the page): the first match of its selector, once per object. */
  reveal?: Reveal
  /** The region under the pointer (its key), or null when the pointer is over none. */
  onPointRegion?: (key: string | null) => void
}

const NO_MARKS: readonly string[] = []
/** How blocks are cut into marked runs: its own small chunk, loaded once there is something to mark. */
const lineRegions = lazyModule(() => import('./line-regions'))
type Segmenter = typeof import('./line-regions')
const NO_REGIONS: readonly LineRegion[] = []

/**
 * A document as selectable, highlighted text: on screen at first render, before any editor code has loaded,
 * and the same text Copy and Download give. Browser find works in it too. The text is laid out in blocks of
 * lines that the browser skips while they are off screen, so a document of 30,000 lines costs what its
 * visible part costs.
 */
export const CodeView = memo(function CodeView(props: CodeViewProps) {
  const { value, language, ariaLabel, onSearch, marks = NO_MARKS, regions = NO_REGIONS, changesKey, reveal, onPointRegion } = props
  const boxRef = useRef<HTMLPreElement>(null)
  const blocks = useCodeBlocks(value, language)
  const changes = useLineChanges(value, changesKey)
  const segmenter = useLazyModule(lineRegions, regions.length > 0 || changes.lines.length > 0)
  const sectionList = useMemo(() => sections(blocks, regions, changes.lines, segmenter), [blocks, regions, changes.lines, segmenter])

  // Once per reveal, as soon as what it points at is there: the marks can arrive a little after the text, and the
  // statements a step is about after its first answer.
  const marked = segmenter !== undefined && regions.length > 0
  const revealed = useRef<Reveal | undefined>(undefined)
  useLayoutEffect(() => {
    if (!reveal || !marked || revealed.current === reveal) return
    if (scrollTo(boxRef.current, reveal.selector, false)) revealed.current = reveal
  }, [reveal, marked, sectionList])
  // A change out of sight is brought into view, so its highlight is seen.
  const firstChange = changes.lines[0]?.from
  useLayoutEffect(() => {
    if (firstChange !== undefined) scrollTo(boxRef.current, `[data-from="${firstChange}"]`, true)
  }, [firstChange, changes.serial])

  function onKeyDown(event: KeyboardEvent<HTMLPreElement>) {
    if (onSearch && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
      event.preventDefault()
      onSearch()
    }
  }

  function onMouseOver(event: MouseEvent<HTMLPreElement>) {
    if (!onPointRegion) return
    const region = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-region]') : null
    onPointRegion(region?.dataset.region ?? null)
  }

  return (
    // A focusable region so keyboard users can scroll it; its name says what it holds.
    <pre
      ref={boxRef}
      className="code-view"
      tabIndex={0}
      role="region"
      aria-label={ariaLabel}
      data-language={language}
      onKeyDown={onKeyDown}
      onMouseOver={onPointRegion && onMouseOver}
      onMouseLeave={onPointRegion && (() => onPointRegion(null))}
    >
      <code>
        {sectionList.map((section, index) => (
          <Section key={index} {...section} marks={marks} changeSerial={changes.serial} />
        ))}
      </code>
    </pre>
  )
})

/** Scrolls the box (never the page) so that the first match of `selector` shows near its top, or only if it is hidden. */
/** Scrolls the box to the first match of `selector`; false when there is none. */
function scrollTo(box: HTMLElement | null, selector: string, onlyIfHidden: boolean): boolean {
  const target = box?.querySelector<HTMLElement>(selector)
  if (!box || !target) return false
  const boxTop = box.getBoundingClientRect().top
  const { top, bottom } = target.getBoundingClientRect()
  if (onlyIfHidden && top >= boxTop && bottom <= boxTop + box.clientHeight) return true
  box.scrollTop += top - boxTop - (onlyIfHidden ? box.clientHeight / 3 : 8)
  return true
}

/** Blocks per section: the browser skips a section while it is off screen (`content-visibility: auto`). */
const BLOCKS_PER_SECTION = 20

interface SectionBlock extends CodeBlock {
  firstLine: number
  segments: readonly BlockSegment[] | null
  segmentsKey: string
}

interface SectionProps {
  blocks: readonly SectionBlock[]
  lines: number
  marks: readonly string[]
  changeSerial: number
}

function sections(blocks: readonly CodeBlock[], regions: readonly LineRegion[], changes: readonly LineChange[], segmenter: Segmenter | undefined) {
  const result: Omit<SectionProps, 'marks' | 'changeSerial'>[] = []
  const marking = regions.length > 0 || changes.length > 0 ? segmenter : undefined
  for (let start = 0; start < blocks.length; start += BLOCKS_PER_SECTION) {
    const run = blocks.slice(start, start + BLOCKS_PER_SECTION).map((block, offset): SectionBlock => {
      const firstLine = (start + offset) * LINES_PER_BLOCK
      const segments = marking ? marking.blockSegments(firstLine, linesOf(block.text), regions, changes) : null
      return { ...block, firstLine, segments, segmentsKey: marking ? marking.segmentsKey(segments) : '' }
    })
    result.push({ blocks: run, lines: run.reduce((sum, block) => sum + linesOf(block.text), 0) })
  }
  return result
}

/**
 * A run of blocks the browser lays out and paints only while it is on screen. Sections, not blocks, are
 * skipped: Chromium checks each skipped element's visibility every frame, and 1,600 of them (80,000 lines, the
 * permissions policy of 10,000 buckets) cost more per keystroke than the typing itself.
 */
const Section = memo(function Section({ blocks, lines, marks, changeSerial }: SectionProps) {
  const style = { containIntrinsicSize: `auto ${lines * 1.45}em` } as CSSProperties
  return (
    <span className="code-section" style={style}>
      {blocks.map((block, index) => (
        <CodeBlockView key={index} {...block} marks={marks} changeSerial={changeSerial} />
      ))}
    </span>
  )
}, sameSection)

/** A section whose blocks hold the same text, highlighted and marked the same way, is not rendered again. */
function sameSection(a: SectionProps, b: SectionProps): boolean {
  return (
    a.lines === b.lines &&
    a.marks === b.marks &&
    a.blocks.length === b.blocks.length &&
    a.blocks.every((block, index) => {
      const other = b.blocks[index]
      return (
        other !== undefined &&
        block.text === other.text &&
        block.spans === other.spans &&
        block.highlight === other.highlight &&
        block.segmentsKey === other.segmentsKey &&
        (a.changeSerial === b.changeSerial || !block.segmentsKey.includes('line-'))
      )
    })
  )
}

/** The lines a block holds: its line breaks, and one more when its last line has none. */
function linesOf(text: string): number {
  let lines = 0
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1
  return text.endsWith('\n') || text === '' ? lines : lines + 1
}
