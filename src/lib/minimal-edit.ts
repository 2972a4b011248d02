/** The smallest single replacement that turns one text into another: offsets in the old text, and new text. */
export interface TextEdit {
  start: number
  /** End offset (exclusive) in the old text. */
  end: number
  text: string
}

/**
 * The edit that keeps the longest common prefix and suffix of the two texts and replaces what lies between.
 * Null when they are equal. Never splits a UTF-16 surrogate pair. O(length).
 */
export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null
  const limit = Math.min(before.length, after.length)
  let start = 0
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start += 1
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start -= 1
  let suffix = 0
  while (
    suffix < limit - start &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix += 1
  }
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix -= 1
  return { start, end: before.length - suffix, text: after.slice(start, after.length - suffix) }
}

/** Applies an edit made by `minimalEdit`. */
export function applyEdit(text: string, edit: TextEdit | null): string {
  return edit === null ? text : text.slice(0, edit.start) + edit.text + text.slice(edit.end)
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
