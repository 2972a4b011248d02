import type { InputHTMLAttributes, ReactNode } from 'react'
import { Field } from './field'
import { useFieldControl } from './use-field-control'

type TextFieldProps = { name: string; label: ReactNode; hint?: ReactNode } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'name' | 'id'
>

export function TextField({ name, label, hint, ...inputProps }: TextFieldProps) {
  const { id, error, controlProps } = useFieldControl(name, hint !== undefined)
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input type="text" autoComplete="off" spellCheck={false} {...inputProps} {...controlProps} />
    </Field>
  )
}
