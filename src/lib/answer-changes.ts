import type { Control, FieldValues, UseFormGetValues } from 'react-hook-form'

/** One answer that changed (typed, or set by code), or `all` when more may have (a list, a reset, an import). */
export type AnswerChange = { kind: 'one'; path: string; value: string | boolean } | { kind: 'all' }

/**
 * Calls `onChange` after every change of the form's values, as the change is made.
 *
 * It listens to the form's own stream of state changes, which names the answer that changed. The public ways
 * of hearing every change, `watch(callback)` and `subscribe({ formState: { values: true } })`, make
 * react-hook-form deep-copy all the values on every keystroke (10 ms with 10,000 buckets), which is what this
 * avoids. A change is a message with `values` (setValue, reset, a list) or `type` (an input's change event);
 * messages with neither only report validation, focus and the like. answer-changes.test.tsx proves each kind
 * against the react-hook-form in use.
 */
export function listenToAnswerChanges<T extends FieldValues>(
  control: Control<T>,
  getValues: UseFormGetValues<T>,
  onChange: (change: AnswerChange) => void,
): () => void {
  const subscription = control._subjects.state.subscribe({
    next: (message) => {
      if (!('values' in message) && !('type' in message)) return
      const { name } = message
      const value: unknown = name === undefined ? undefined : getValues(name as never)
      onChange(name !== undefined && (typeof value === 'string' || typeof value === 'boolean') ? { kind: 'one', path: name, value } : { kind: 'all' })
    },
  })
  return () => subscription.unsubscribe()
}
