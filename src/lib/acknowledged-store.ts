import { useSyncExternalStore } from 'react'
import { readStored, writeStored } from './local-store'

/** Where this browser keeps the acknowledged warnings' keys, one a line (beside the answers, never in a link or a file). */
export const ACKNOWLEDGED_KEY = 'emr-role-builder:acknowledged-warnings'
/** The most keys kept, newest last: a key names answer values, so old ones pile up as answers change. */
const MOST_KEPT = 50

let keys: ReadonlySet<string> | undefined
const listeners = new Set<() => void>()

function readKeys(): ReadonlySet<string> {
  if (keys === undefined) {
    const stored = readStored(ACKNOWLEDGED_KEY)
    keys = new Set(stored.available && stored.text ? stored.text.split('\n') : [])
  }
  return keys
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * Acknowledges a warning by its key, which holds no line break (or takes the acknowledgement back). Kept in the
 * page at once, and in this browser's storage when it allows: where it refuses (a private window), the
 * acknowledgement lasts until the page is reloaded.
 */
export function setAcknowledged(key: string, acknowledged: boolean): void {
  const others = [...readKeys()].filter((k) => k !== key)
  keys = new Set((acknowledged ? [...others, key] : others).slice(-MOST_KEPT))
  writeStored(ACKNOWLEDGED_KEY, [...keys].join('\n'))
  for (const listener of listeners) listener()
}

/** The keys of the acknowledged warnings; a component using it renders again when one is added or taken back. */
export function useAcknowledged(): ReadonlySet<string> {
  return useSyncExternalStore(subscribe, readKeys)
}
