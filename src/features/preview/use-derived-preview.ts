import { startTransition, useEffect, useState } from 'react'
import { useFormContext } from 'react-hook-form'
import { listenToAnswerChanges } from '../../lib/answer-changes'
import { whenIdle } from '../../lib/when-idle'
import type { DerivedPreview } from './derive-preview'
import { loadedDerive } from './derive-module'
import type { PreviewDeriver } from './preview-deriver'

/**
 * The preview of the answers as they change. The first is derived in the page (or given: `takeFirst`), so the
 * documents are in the first render that shows them; later ones by the deriver (a worker), shown in a transition that a keystroke can interrupt.
 * A typed answer goes to the deriver alone; anything else that changes values (a list, an import) sends all.
 */
export function useDerivedPreview(deriver: PreviewDeriver, takeFirst: () => DerivedPreview | undefined): DerivedPreview {
  const { control, getValues } = useFormContext()
  const [preview, setPreview] = useState(() => takeFirst() ?? loadedDerive().derivePreview(getValues()))
  useEffect(() => {
    const stopListening = deriver.listen((next) => startTransition(() => setPreview(next)))
    let sent = false
    // getValues() copies only the top level: the worker gets its own copy of what is sent, and the page's copy
    // is made from the worker's replies, so the deriver may hold the form's live answers.
    const stopWatching = listenToAnswerChanges(control, getValues, (change) => {
      sent = true
      if (change.kind === 'one') deriver.update(change.path, change.value, getValues())
      else void deriver.derive(getValues())
    })
    // The first preview is already on screen; the worker gets the answers once the page is idle (copying
    // 10,000 buckets to it costs tens of milliseconds), unless a change has sent them first.
    const warmUp = () => {
      if (!sent) void deriver.derive(getValues())
    }
    const stopWarmUp = whenIdle(warmUp)
    return () => {
      stopWarmUp()
      stopWatching()
      stopListening()
    }
  }, [control, deriver, getValues])
  return preview
}
