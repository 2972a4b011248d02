import type { ReactNode } from 'react'

interface FieldProps {
  id: string
  label: ReactNode
  hint?: ReactNode
  error?: string
  /** Shown after the error: a way to fix it. */
  suggestion?: ReactNode
  children: ReactNode
}

/** Label, control, hint and error, tied together by ids (see `describedBy`). */
export function Field({ id, label, hint, error, suggestion, children }: FieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
      {suggestion}
    </div>
  )
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (error === undefined) return null
  return (
    <p id={`${id}-error`} className="field-error">
      {error}
    </p>
  )
}
