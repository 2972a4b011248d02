import { startTransition, useEffect, useMemo, useState } from 'react'
import { whenIdle } from '../../lib/when-idle'
import { cutSpans, splitBlocks } from './blocks'
import type { CodeLanguage } from './code-language'
import type { HighlightSpan } from './highlighter'

type Highlighter = typeof import('./highlighter')

/** A run of whole lines of the text: its highlighted runs, or how to get them (or null: shown plain). */
export interface CodeBlock {
  text: string
  spans: readonly HighlightSpan[] | null
  /** For JSON: highlights this block alone (each block does it as it renders), and caches the runs. */
  highlight?: JsonHighlight
}

/** Highlights one block of JSON; `cached` answers only from the cache, without highlighting. */
export interface JsonHighlight {
  (text: string): readonly HighlightSpan[]
  cached: (text: string) => readonly HighlightSpan[] | undefined
}

/**
 * Above this many characters the text is shown plain: highlighting a document of several hundred kilobytes
 * (thousands of buckets) costs more than it helps, and the code editor can still show it coloured.
 */
export const HIGHLIGHT_MAX_CHARS = 150_000
/** JSON blocks already highlighted, by their text: a keystroke re-highlights only the block it changed. */
const jsonBlocks = new Map<string, HighlightSpan[]>()
const JSON_BLOCKS_KEPT = 4000

let loading: Promise<Highlighter> | undefined
let loaded: Highlighter | undefined

/** Starts loading the highlighter (its own small chunk) once; later calls share the same promise. */
export function loadHighlighter(): Promise<Highlighter> {
  loading ??= import('./highlighter').then((module) => (loaded = module))
  return loading
}

/** The text in blocks of whole lines, highlighted once the highlighter has loaded (plain until then). */
export function useCodeBlocks(text: string, language: CodeLanguage): CodeBlock[] {
  const highlighter = useHighlighter()
  // One function per highlighter, so an unchanged block keeps its props and is not rendered again.
  const highlightJson = useMemo(() => highlighter && jsonHighlight(highlighter), [highlighter])
  return useMemo(() => {
    const blocks = splitBlocks(text)
    if (highlighter === undefined || highlightJson === undefined || text.length > HIGHLIGHT_MAX_CHARS) {
      return blocks.map((block) => ({ text: block, spans: null }))
    }
    // A JSON token never spans lines, so each block highlights alone, as it renders. Shell, YAML and HCL have
    // multi-line strings (heredocs), so those are highlighted whole and then cut.
    if (language === 'json') return blocks.map((block) => ({ text: block, spans: null, highlight: highlightJson }))
    const cut = cutSpans(highlighter.highlightSpans(text, language), blocks)
    return blocks.map((block, index) => ({ text: block, spans: cut[index] ?? null }))
  }, [highlighter, highlightJson, text, language])
}

function jsonHighlight(highlighter: Highlighter): JsonHighlight {
  return Object.assign((block: string) => jsonSpans(highlighter, block), { cached: (block: string) => jsonBlocks.get(block) })
}

function jsonSpans(highlighter: Highlighter, block: string): HighlightSpan[] {
  let spans = jsonBlocks.get(block)
  if (spans === undefined) {
    if (jsonBlocks.size >= JSON_BLOCKS_KEPT) jsonBlocks.clear()
    spans = highlighter.highlightSpans(block, 'json')
    jsonBlocks.set(block, spans)
  }
  return spans
}

function useHighlighter(): Highlighter | undefined {
  const [highlighter, setHighlighter] = useState<Highlighter | undefined>(loaded)
  useEffect(() => {
    if (highlighter !== undefined) return
    let current = true
    const start = () => {
      loadHighlighter().then(
        // In a transition: the page highlights block by block, yielding to input between blocks.
        (module) => current && startTransition(() => setHighlighter(module)),
        () => {}, // the plain text stays: colour is a nicety, never a reason to hide a document
      )
    }
    // At first load, once the page is idle: the plain text is on screen at once, and colour follows.
    let stopWaiting: (() => void) | undefined
    if (loading) start()
    else stopWaiting = whenIdle(start, 1000)
    return () => {
      current = false
      stopWaiting?.()
    }
  }, [highlighter])
  return highlighter
}
