/**
 * A list that renders only the rows in view (a virtualised list) has no control in the DOM for a field
 * further down, so focusing "buckets.899.name" would do nothing. Such a list registers a revealer here;
 * whoever is about to focus a field by its path calls `revealField` first, and the list that owns the
 * path renders that row synchronously (flushSync), so the control exists when it is focused.
 */
export type FieldRevealer = (field: string) => boolean

const revealers = new Set<FieldRevealer>()

/** Registers a revealer until the returned function is called (an effect's clean-up). */
export function registerFieldRevealer(revealer: FieldRevealer): () => void {
  revealers.add(revealer)
  return () => {
    revealers.delete(revealer)
  }
}

/** Brings the control of a field into the DOM when a list holds it out of view; true when one did. */
export function revealField(field: string): boolean {
  for (const revealer of revealers) {
    if (revealer(field)) return true
  }
  return false
}
