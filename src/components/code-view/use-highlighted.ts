import { useEffect, useMemo, useState } from 'react'
import type { CodeLanguage } from './code-language'
import type { HighlightSpan } from './highlighter'

type Highlighter = typeof import('./highlighter')

/**
 * Above this many characters the text is shown plain: highlighting a document of several hundred kilobytes
 * (thousands of buckets) costs more than it helps, and the editor can still show it coloured.
 */
export const HIGHLIGHT_MAX_CHARS = 150_000

let loading: Promise<Highlighter> | undefined
let loaded: Highlighter | undefined

/** Starts loading the highlighter (a few kilobytes, its own chunk) once; later calls share the same promise. */
export function loadHighlighter(): Promise<Highlighter> {
  loading ??= import('./highlighter').then((module) => (loaded = module))
  return loading
}

/** The text's highlighted runs, or null while the highlighter loads (or failed to) and for very large text. */
export function useHighlighted(text: string, language: CodeLanguage): HighlightSpan[] | null {
  const [highlighter, setHighlighter] = useState<Highlighter | undefined>(loaded)
  useEffect(() => {
    if (highlighter !== undefined) return
    let current = true
    loadHighlighter().then(
      (module) => current && setHighlighter(module),
      () => {}, // the plain text stays: colour is a nicety, never a reason to hide a document
    )
    return () => {
      current = false
    }
  }, [highlighter])
  return useMemo(
    () => (highlighter === undefined || text.length > HIGHLIGHT_MAX_CHARS ? null : highlighter.highlightSpans(text, language)),
    [highlighter, text, language],
  )
}
