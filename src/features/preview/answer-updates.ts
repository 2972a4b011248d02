/**
 * What the page sends the preview's worker: all the answers (at the start, and after a list or the whole form
 * changes), or one answer that was typed, so a keystroke copies one value to the worker, not 10,000 buckets.
 */
export type AnswerUpdate = { kind: 'all'; values: unknown } | { kind: 'one'; path: string; value: string | boolean }

/** Path segments that would reach an object's prototype: never followed. */
const UNSAFE = new Set(['__proto__', 'prototype', 'constructor'])

/**
 * The answers after the updates, in order. A typed answer replaces the value at its path ("buckets.3.prefix")
 * where that path already holds a value of the same type; anything else (an unknown path) is ignored, so the
 * answers keep the configuration's shape whatever arrives.
 */
export function applyAnswerUpdates(values: unknown, updates: readonly AnswerUpdate[]): unknown {
  let current = values
  for (const update of updates) {
    if (update.kind === 'all') current = update.values
    else setExisting(current, update.path.split('.'), update.value)
  }
  return current
}

function setExisting(root: unknown, path: readonly string[], value: string | boolean) {
  let node: unknown = root
  for (const [index, key] of path.entries()) {
    if (UNSAFE.has(key) || typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return
    const record = node as Record<string, unknown>
    if (index === path.length - 1) {
      if (typeof record[key] === typeof value) record[key] = value
      return
    }
    node = record[key]
  }
}

/**
 * The answers after the updates, as a new value that shares every object the updates did not touch (the
 * page's copy of the answers: 10,000 buckets are not copied for one typed prefix). The answers given are
 * not changed. Same rules as `applyAnswerUpdates`.
 */
export function withAnswerUpdates(values: unknown, updates: readonly AnswerUpdate[]): unknown {
  let current = values
  for (const update of updates) {
    current = update.kind === 'all' ? update.values : withValueAt(current, update.path.split('.'), update.value)
  }
  return current
}

function withValueAt(node: unknown, path: readonly string[], value: string | boolean): unknown {
  const [key, ...rest] = path
  if (key === undefined || UNSAFE.has(key) || typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return node
  const record = node as Record<string, unknown>
  const next = rest.length === 0 ? (typeof record[key] === typeof value ? value : record[key]) : withValueAt(record[key], rest, value)
  if (next === record[key]) return node
  const copy: Record<string, unknown> | unknown[] = Array.isArray(node) ? [...(node as unknown[])] : { ...record }
  ;(copy as Record<string, unknown>)[key] = next
  return copy
}
