import { useEffect, useRef, useState } from 'react'
import { lazyModule } from '../../lib/lazy-module'
import type { LineChange } from './line-regions'

/** Texts longer than this are not compared: like colour (see HIGHLIGHT_MAX_CHARS), it would cost more than it shows. */
export const COMPARE_MAX_CHARS = 150_000

export interface LineChanges {
  lines: readonly LineChange[]
  /** One more for each change, so the highlight plays again. */
  serial: number
}

const NONE: LineChanges = { lines: [], serial: 0 }
const changedLines = lazyModule(() => import('./changed-lines'))

/**
 * The lines the last change of `text` added or removed, for as long as `text` stays what it is. A change of
 * `key` (another document) starts afresh: nothing is compared across documents. The comparison runs after the
 * commit that shows the new text, in its own chunk, so the text is never held up by it.
 */
export function useLineChanges(text: string, key: string | undefined): LineChanges {
  const previous = useRef<{ text: string; key: string | undefined } | null>(null)
  const [changes, setChanges] = useState<LineChanges & { text: string | null }>({ ...NONE, text: null })
  // Another document forgets the last change at once, so coming back to the same text does not show it again.
  const [changesOf, setChangesOf] = useState(key)
  if (changesOf !== key) {
    setChangesOf(key)
    setChanges((last) => ({ ...NONE, serial: last.serial, text: null }))
  }

  useEffect(() => {
    const before = previous.current
    previous.current = { text, key }
    if (key === undefined || before === null || before.key !== key || before.text === text) return
    if (before.text.length > COMPARE_MAX_CHARS || text.length > COMPARE_MAX_CHARS) return
    let current = true
    changedLines.load().then(
      (module) => current && setChanges((last) => ({ lines: module.changedLines(before.text, text), serial: last.serial + 1, text })),
      () => {}, // a nicety: without it the text is shown as before
    )
    return () => {
      current = false
    }
  }, [text, key])

  return changes.text === text ? changes : NONE
}
