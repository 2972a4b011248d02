import type { FieldErrors } from 'react-hook-form'

/** A DOM id for a form path: "buckets.0.name" → "field-buckets-0-name". */
export function fieldId(name: string): string {
  return `field-${name.replace(/\./g, '-')}`
}

/** The ids a control should be described by: its hint and its error, when present. */
export function describedBy(id: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = [hasHint ? `${id}-hint` : '', hasError ? `${id}-error` : ''].filter((x) => x !== '')
  return ids.length > 0 ? ids.join(' ') : undefined
}

/** The message of the error at a dotted path, also for errors set on a whole array (its root). */
export function errorMessage(errors: FieldErrors, name: string): string | undefined {
  const node = valueAt(errors, name)
  if (typeof node !== 'object' || node === null) return undefined
  const { message, root } = node as { message?: unknown; root?: { message?: unknown } }
  if (typeof message === 'string') return message
  return typeof root?.message === 'string' ? root.message : undefined
}

/**
 * The message a field shows: its error once the field has been left (touched), as Next, a problem link and loaded
 * answers also mark it. So a new, untouched row waits for the person: the check of its list after Add finds its
 * empty fields, but they say so only when left, or on Next.
 */
export function shownError({ errors, touchedFields }: { errors: FieldErrors; touchedFields: object }, name: string): string | undefined {
  // Both read in every render: a form state read through useFormState re-renders only for what was read.
  const message = errorMessage(errors, name)
  return valueAt(touchedFields, name) === true ? message : undefined
}

function valueAt(node: unknown, name: string): unknown {
  for (const key of name.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

/** The paths of every error with a message under `error`, in form order (arrays by index). */
export function errorPaths(error: unknown, path: string): string[] {
  if (typeof error !== 'object' || error === null) return []
  const node = error as Record<string, unknown>
  const own = typeof node.message === 'string' ? [path] : []
  const nested = Object.entries(node)
    .filter(([key]) => !['ref', 'message', 'type', 'types', 'root'].includes(key))
    .flatMap(([key, child]) => errorPaths(child, `${path}.${key}`))
  return nested.length > 0 ? nested : own
}
