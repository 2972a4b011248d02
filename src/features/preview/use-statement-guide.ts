import { useCallback, useEffect, useRef, useState } from 'react'
import { preloadStatementGuide } from './lazy-statement-guide'

/**
 * How long the pointer rests on a statement before the card shows it: moving across other statements on the way
 * to the card's "Change this answer" does not replace what it shows.
 */
const POINTER_REST_MS = 150

/**
 * The statement guide's state: the statement under the pointer (after a short rest), the one chosen in the list
 * (marked in the text, which scrolls to it), and whether the list is open. Another document starts afresh.
 */
export function useStatementGuide(documentId: string | undefined, revealOne: (selector: string) => void) {
  const [pointed, setPointed] = useState<number | null>(null)
  const [chosen, setChosen] = useState<number | null>(null)
  const [listOpen, setListOpen] = useState(false)
  const [forDocument, setForDocument] = useState(documentId)
  if (forDocument !== documentId) {
    setForDocument(documentId)
    setPointed(null)
    setChosen(null)
  }
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  const onPointRegion = useCallback((key: string | null) => {
    clearTimeout(timer.current)
    if (key === null) return
    preloadStatementGuide()
    timer.current = setTimeout(() => setPointed(Number(key)), POINTER_REST_MS)
  }, [])
  const onChoose = useCallback(
    (index: number) => {
      setChosen(index)
      setPointed(index)
      revealOne(`[data-region="${index}"]`)
    },
    [revealOne],
  )
  return { onPointRegion, pointed, chosen, list: { open: listOpen, onToggle: setListOpen, onChoose } }
}
