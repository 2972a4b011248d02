import type { InputHTMLAttributes, ReactNode } from 'react'
import type { CleanText } from './clean-input'
import { Field } from './field'
import { FieldSuggestion, type Suggest } from './field-suggestion'
import { useFieldControl } from './use-field-control'

type TextFieldProps = {
  name: string
  label: ReactNode
  hint?: ReactNode
  /** Cleans what is pasted or typed into the value stored (an ARN into its ID, say). */
  clean?: CleanText
  /** While the value is bad: a valid one close to it, offered as a button. */
  suggest?: Suggest
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>

export function TextField({ name, label, hint, clean, suggest, ...inputProps }: TextFieldProps) {
  const { id, error, controlProps } = useFieldControl(name, hint !== undefined, clean)
  return (
    <Field id={id} label={label} hint={hint} error={error} suggestion={error !== undefined && suggest && <FieldSuggestion name={name} suggest={suggest} />}>
      <input type="text" autoComplete="off" spellCheck={false} {...inputProps} {...controlProps} />
    </Field>
  )
}
