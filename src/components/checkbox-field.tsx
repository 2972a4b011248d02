import type { ReactNode } from 'react'
import { useFormContext } from 'react-hook-form'
import { describedBy, fieldId } from './field-ids'

export function CheckboxField({ name, label, hint }: { name: string; label: ReactNode; hint?: ReactNode }) {
  const { register } = useFormContext()
  const id = fieldId(name)
  return (
    <div className="field field-checkbox">
      <input id={id} type="checkbox" {...register(name)} aria-describedby={describedBy(id, hint !== undefined, false)} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  )
}
