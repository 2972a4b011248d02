import { useFormContext, useWatch } from 'react-hook-form'
import { keepFocus } from '../lib/keep-focus'
import { fieldId } from './field-ids'

/** A valid value close to a bad one, or undefined. */
export type Suggest = (value: string) => string | undefined

/**
 * Offers the suggestion for a field's bad value as a button that puts it in the field. Render it only while the
 * field shows an error: it follows the field's value, so it always offers what the message's "Did you mean" says.
 */
export function FieldSuggestion({ name, suggest }: { name: string; suggest: Suggest }) {
  const { setValue, setFocus, trigger } = useFormContext()
  const value: unknown = useWatch({ name })
  if (typeof value !== 'string') return null
  const suggestion = suggest(value)
  if (suggestion === undefined || suggestion === value) return null
  return (
    <button
      type="button"
      className="link field-suggestion"
      aria-describedby={`${fieldId(name)}-error`}
      onMouseDown={keepFocus}
      onClick={() => {
        // Validated after setValue has told the preview (`setValue`'s own shouldValidate runs before that).
        setValue(name, suggestion, { shouldDirty: true, shouldTouch: true })
        void trigger(name)
        setFocus(name)
      }}
    >
      Use “{suggestion}”
    </button>
  )
}
