/** What reading the browser's local storage gave: the text under a key (null when there is none), or no storage at all. */
export type StoredText = { available: true; text: string | null } | { available: false }

/**
 * Local storage, without its exceptions: a browser may refuse it altogether (a private window, storage turned
 * off, a sandboxed frame), and any write may fail when the origin's quota (about 5 MB) is full.
 */
export function readStored(key: string): StoredText {
  try {
    return { available: true, text: window.localStorage.getItem(key) }
  } catch {
    return { available: false }
  }
}

/** Writes text under a key; false (never an exception) when the browser refuses or its storage is full. */
export function writeStored(key: string, text: string): boolean {
  try {
    window.localStorage.setItem(key, text)
    return true
  } catch {
    return false
  }
}
