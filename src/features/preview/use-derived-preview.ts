import { startTransition, useEffect, useState } from 'react'
import { useFormContext } from 'react-hook-form'
import { derivePreview, type DerivedPreview } from './derive-preview'
import type { PreviewDeriver } from './preview-deriver'

/**
 * The preview of the answers as they change. The first is derived in the page, so the documents are in the
 * first paint; later ones by the deriver (a worker), shown in a transition that a keystroke can interrupt.
 * A typed answer goes to the deriver alone; anything else that changes values (a list, an import) sends all.
 */
export function useDerivedPreview(deriver: PreviewDeriver): DerivedPreview {
  const { getValues, watch } = useFormContext()
  const [preview, setPreview] = useState(() => derivePreview(getValues()))
  useEffect(() => {
    const stopListening = deriver.listen((next) => startTransition(() => setPreview(next)))
    const subscription = watch((values, { name, type }) => {
      const value: unknown = name === undefined ? undefined : getValues(name)
      if (type === 'change' && name !== undefined && (typeof value === 'string' || typeof value === 'boolean')) {
        deriver.update(name, value, values)
      } else {
        void deriver.derive(values)
      }
    })
    void deriver.derive(getValues()) // answers that changed between the first render and now
    return () => {
      subscription.unsubscribe()
      stopListening()
    }
  }, [deriver, getValues, watch])
  return preview
}
