import type { ReactNode } from 'react'
import { useFormContext } from 'react-hook-form'
import { fieldId } from './field-ids'

export interface RadioOption {
  value: string
  label: string
  description?: ReactNode
}

interface RadioGroupFieldProps {
  name: string
  legend: string
  options: RadioOption[]
  /** Called when the person picks another option, after the form has it. */
  onChange?: (value: string) => void
}

/** A named radio group (fieldset + legend), one option a row with an optional description. */
export function RadioGroupField({ name, legend, options, onChange }: RadioGroupFieldProps) {
  const { register } = useFormContext()
  const id = fieldId(name)
  const registration = register(name, onChange && { onChange: (event: { target: HTMLInputElement }) => onChange(event.target.value) })
  return (
    <fieldset className="radio-group" role="radiogroup" aria-labelledby={`${id}-legend`}>
      <legend id={`${id}-legend`}>{legend}</legend>
      {options.map((option) => {
        const optionId = `${id}-${option.value}`
        return (
          <div key={option.value} className="radio-option">
            <input
              id={optionId}
              type="radio"
              value={option.value}
              {...registration}
              aria-describedby={option.description ? `${optionId}-description` : undefined}
            />
            <label htmlFor={optionId}>{option.label}</label>
            {option.description && (
              <p id={`${optionId}-description`} className="field-hint">
                {option.description}
              </p>
            )}
          </div>
        )
      })}
    </fieldset>
  )
}
