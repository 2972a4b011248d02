import type { InputHTMLAttributes, ReactNode } from 'react'
import { useFormContext, useFormState } from 'react-hook-form'
import { Field } from './field'
import { describedBy, errorMessage, fieldId } from './field-ids'

type TextFieldProps = { name: string; label: ReactNode; hint?: ReactNode } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'name' | 'id'
>

export function TextField({ name, label, hint, ...inputProps }: TextFieldProps) {
  const { register } = useFormContext()
  const { errors } = useFormState({ name })
  const error = errorMessage(errors, name)
  const id = fieldId(name)
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        {...inputProps}
        {...register(name)}
        aria-invalid={error !== undefined ? true : undefined}
        aria-describedby={describedBy(id, hint !== undefined, error !== undefined)}
      />
    </Field>
  )
}
