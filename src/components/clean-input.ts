import type { ChangeEvent, FocusEvent } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'

/** Turns what was pasted or typed into the value the form stores; returns the text itself when it has nothing to clean. */
export type CleanText = (text: string) => string

type TextElement = HTMLInputElement | HTMLTextAreaElement

export type CleaningRegistration<T extends UseFormRegisterReturn> = Omit<T, 'onChange' | 'onBlur'> & {
  onChange: (event: ChangeEvent<TextElement>) => Promise<void | boolean>
  onBlur: (event: FocusEvent<TextElement>) => Promise<void | boolean>
}

/**
 * A field's registration whose value is cleaned where the form stores it, and shown cleaned: at once when several
 * characters arrive together (a paste, a drop, autofill), and when the field is left for what was typed key by key,
 * so typing is never rewritten under the cursor. Text that `clean` does not recognise is kept as it is.
 */
export function withCleaning<T extends UseFormRegisterReturn>(registration: T, clean: CleanText): CleaningRegistration<T> {
  return {
    ...registration,
    onChange: (event) => {
      if (arrivedAtOnce(event.nativeEvent)) replaceValue(event.target, clean)
      return registration.onChange(event)
    },
    onBlur: (event) => {
      // Stored as a change first, so the preview gets the cleaned answer the way it gets a typed one.
      if (replaceValue(event.target, clean)) void registration.onChange({ target: event.target, type: 'change' })
      return registration.onBlur(event)
    },
  }
}

function replaceValue(element: TextElement, clean: CleanText): boolean {
  const cleaned = clean(element.value)
  if (cleaned === element.value) return false
  element.value = cleaned
  return true
}

const INSERTED_AT_ONCE = new Set(['insertFromPaste', 'insertFromDrop', 'insertReplacementText', 'insertFromYank'])

/**
 * A paste, a drop, autofill, or text inserted several characters at once (as by a script); not a keystroke, a
 * deletion or an input method's composition.
 */
function arrivedAtOnce(event: Event): boolean {
  if (!('inputType' in event)) return true
  const { inputType, data } = event as InputEvent
  return inputType === 'insertText' ? (data?.length ?? 0) > 1 : INSERTED_AT_ONCE.has(inputType)
}
