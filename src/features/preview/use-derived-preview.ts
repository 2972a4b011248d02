import { startTransition, useEffect, useState } from 'react'
import { useFormContext } from 'react-hook-form'
import { derivePreview, type DerivedPreview } from './derive-preview'
import type { PreviewDeriver } from './preview-deriver'

/**
 * The preview of the answers as they change. The first is derived in the page, so the documents are in the
 * first paint; later ones by the deriver (a worker), shown in a transition that a keystroke can interrupt.
 */
export function useDerivedPreview(deriver: PreviewDeriver): DerivedPreview {
  const { getValues, subscribe } = useFormContext()
  const [preview, setPreview] = useState(() => derivePreview(getValues()))
  useEffect(() => {
    const stopListening = deriver.listen((next) => startTransition(() => setPreview(next)))
    const unsubscribe = subscribe({ formState: { values: true }, callback: ({ values }) => void deriver.derive(values) })
    void deriver.derive(getValues()) // answers that changed between the first render and now
    return () => {
      unsubscribe()
      stopListening()
    }
  }, [deriver, getValues, subscribe])
  return preview
}
