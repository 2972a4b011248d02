import type { ReactNode, TextareaHTMLAttributes } from 'react'
import { Field } from './field'
import { useFieldControl } from './use-field-control'

type TextAreaFieldProps = { name: string; label: ReactNode; hint?: ReactNode } & Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'name' | 'id'
>

export function TextAreaField({ name, label, hint, ...props }: TextAreaFieldProps) {
  const { id, error, controlProps } = useFieldControl(name, hint !== undefined)
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <textarea spellCheck={false} {...props} {...controlProps} />
    </Field>
  )
}
