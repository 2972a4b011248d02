import { useEffect, useState } from 'react'
import { serializeAnswers } from '../../domain/share/saved-answers'
import { listenToAnswerChanges } from '../../lib/answer-changes'
import { createIdleSaver } from '../../lib/idle-saver'
import type { AppForm } from '../reveal-problems'
import { writeSavedAnswers } from './answers-store'

/**
 * Keeps the answers in this browser as they change. A change costs a timer only: the answers are serialised
 * once typing pauses (500 ms) and the browser is idle, or at once when the page is hidden or left, so a reload
 * or a closed tab loses nothing. Returns false while answers are not being saved (storage refused or full).
 */
export function useAutosave({ control, getValues }: Pick<AppForm, 'control' | 'getValues'>, maySave: boolean): boolean {
  const [writeFailed, setWriteFailed] = useState(false)

  useEffect(() => {
    if (!maySave) return
    let lastSaved: string | null = null
    const saver = createIdleSaver(() => {
      const text = serializeAnswers(getValues())
      if (text === lastSaved) return
      const written = writeSavedAnswers(text)
      if (written) lastSaved = text
      setWriteFailed(!written)
    })
    // Not watch(): it would copy every answer on every keystroke (see answer-changes.ts).
    const stopListening = listenToAnswerChanges(control, getValues, () => saver.changed())
    const onPageHide = () => saver.flush()
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') saver.flush()
    }
    window.addEventListener('pagehide', onPageHide)
    document.addEventListener('visibilitychange', onVisibilityChange)
    saver.changed() // answers that came from a link are saved too: the link leaves the address bar
    return () => {
      stopListening()
      window.removeEventListener('pagehide', onPageHide)
      document.removeEventListener('visibilitychange', onVisibilityChange)
      saver.flush()
    }
  }, [control, getValues, maySave])

  return maySave && !writeFailed
}
