import { useFormContext, useFormState } from 'react-hook-form'
import { withCleaning, type CleanText } from './clean-input'
import { describedBy, errorMessage, fieldId } from './field-ids'

/**
 * What a labelled form control needs: its id, its error, and the props that register and describe it. With
 * `clean`, what is pasted or typed is cleaned where the form stores it (`withCleaning`).
 */
export function useFieldControl(name: string, hasHint: boolean, clean?: CleanText) {
  const { register } = useFormContext()
  const { errors } = useFormState({ name })
  const error = errorMessage(errors, name)
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
