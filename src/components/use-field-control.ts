import { useFormContext, useFormState } from 'react-hook-form'
import { describedBy, errorMessage, fieldId } from './field-ids'

/** What a labelled form control needs: its id, its error, and the props that register and describe it. */
export function useFieldControl(name: string, hasHint: boolean) {
  const { register } = useFormContext()
  const { errors } = useFormState({ name })
  const error = errorMessage(errors, name)
  const id = fieldId(name)
  const controlProps = {
    id,
    ...register(name),
    'aria-invalid': error !== undefined ? true : undefined,
    'aria-describedby': describedBy(id, hasHint, error !== undefined),
  }
  return { id, error, controlProps }
}
