import { useFormContext, useFormState } from 'react-hook-form'
import { withCleaning, type CleanText } from './clean-input'
import { describedBy, fieldId, shownError } from './field-ids'

/**
 * What a labelled form control needs: its id, the error it shows, and the props that register and describe it.
 * With `clean`, what is pasted or typed is cleaned where the form stores it (`withCleaning`).
 */
export function useFieldControl(name: string, hasHint: boolean, clean?: CleanText) {
  const { register } = useFormContext()
  const error = shownError(useFormState({ name }), name)
  const id = fieldId(name)
  const registration = register(name)
  const controlProps = {
    id,
    ...(clean ? withCleaning(registration, clean) : registration),
    'aria-invalid': error !== undefined ? true : undefined,
    'aria-describedby': describedBy(id, hasHint, error !== undefined),
  }
  return { id, error, controlProps }
}
