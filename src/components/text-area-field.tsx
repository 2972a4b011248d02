import type { ReactNode, TextareaHTMLAttributes } from 'react'
import { useFormContext, useFormState } from 'react-hook-form'
import { Field } from './field'
import { describedBy, errorMessage, fieldId } from './field-ids'

type TextAreaFieldProps = { name: string; label: ReactNode; hint?: ReactNode } & Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'name' | 'id'
>

export function TextAreaField({ name, label, hint, ...props }: TextAreaFieldProps) {
  const { register } = useFormContext()
  const { errors } = useFormState({ name })
  const error = errorMessage(errors, name)
  const id = fieldId(name)
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        spellCheck={false}
        {...props}
        {...register(name)}
        aria-invalid={error !== undefined ? true : undefined}
        aria-describedby={describedBy(id, hint !== undefined, error !== undefined)}
      />
    </Field>
  )
}
