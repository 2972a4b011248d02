import { readStored, writeStored, type StoredText } from '../../lib/local-store'

/** Where this browser keeps the answers between visits (same origin only; nothing leaves the device). */
export const ANSWERS_KEY = 'emr-role-builder:answers'
/** Where saved text that could not be read is kept aside, so that saving new answers never drops it unseen. */
export const UNREADABLE_KEY = 'emr-role-builder:unreadable-answers'

export function readSavedAnswers(): StoredText {
  return readStored(ANSWERS_KEY)
}

export function writeSavedAnswers(text: string): boolean {
  return writeStored(ANSWERS_KEY, text)
}

/** Copies unreadable saved text aside (doing it twice is harmless); false when the browser's storage refuses. */
export function keepUnreadableAside(text: string): boolean {
  const kept = readStored(UNREADABLE_KEY)
  return (kept.available && kept.text === text) || writeStored(UNREADABLE_KEY, text)
}
