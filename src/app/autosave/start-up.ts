import { readInitialConfig, type LoadedConfig } from '../initial-config'
import { keepUnreadableAside, readSavedAnswers } from './answers-store'

export interface StartUp extends LoadedConfig {
  /** Saving may overwrite what is stored: nothing unreadable is there, or it was copied aside first. */
  maySave: boolean
}

/**
 * The page's starting answers, from the address and this browser's storage. Saved text that cannot be read
 * is copied aside before anything could be saved over it; if even that fails, nothing is saved.
 */
export function readStartUp(): StartUp {
  const initial = readInitialConfig(window.location.hash, readSavedAnswers())
  const keptAside = initial.unreadableSaved === null || keepUnreadableAside(initial.unreadableSaved.text)
  return { ...initial, maySave: initial.storageAvailable && keptAside }
}
