import type { MouseEvent } from 'react'

/**
 * For buttons placed below form fields: without it, pressing the button first blurs the field, the field's
 * new error message pushes the button down, and the click lands beside it. The button's own handler
 * validates or moves focus anyway. Keyboard use is unaffected.
 */
export function keepFocus(event: MouseEvent<HTMLButtonElement>): void {
  event.preventDefault()
}
