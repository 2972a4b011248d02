import { startTransition, useEffect, useState } from 'react'
import { useFormContext } from 'react-hook-form'
import type { DerivedPreview } from './derive-preview'
import type { PreviewDeriver } from './preview-deriver'

/**
 * The deriver's preview of the answers as they are, for a view beside the preview panel (the review step): it
 * listens to the previews the panel's answers make, and asks for the current one when it mounts. Undefined until
 * that arrives. It sends the deriver nothing of its own: the panel already does.
 */
export function useLatestPreview(deriver: PreviewDeriver): DerivedPreview | undefined {
  const { getValues } = useFormContext()
  const [preview, setPreview] = useState<DerivedPreview>()
  useEffect(() => {
    let mounted = true
    const stopListening = deriver.listen((next) => startTransition(() => setPreview(next)))
    void deriver.current(getValues()).then((next) => mounted && setPreview(next))
    return () => {
      mounted = false
      stopListening()
    }
  }, [deriver, getValues])
  return preview
}
