import { defaultConfig } from '../domain/config/defaults'
import type { Config, ConfigInput } from '../domain/config/schema'
import type { FieldProblem } from '../domain/config/validate-config'
import { areDefaultAnswers, openSavedAnswers, sameAnswers } from '../domain/share/saved-answers'
import { hasSharedConfig, openShareLink, type OpenResult } from '../domain/share/share-codec'
import { formatCount } from '../domain/share/input-limits'
import type { StoredText } from '../lib/local-store'

/** Answers to put in the form, and the field rules they break (shown at the fields). */
export interface LoadedAnswers {
  values: ConfigInput
  problems: FieldProblem[]
}

/**
 * What the page says about a link or file it was given: it could not be opened, some answers need fixing,
 * or (a link only) its answers differ from the ones saved in this browser, and the person chooses.
 */
export type ShareNotice =
  | { kind: 'failed'; title: string; reason: string; problems: string[]; fallback: string }
  | { kind: 'attention'; title: string; problems: FieldProblem[] }
  | { kind: 'choice'; title: string; link: LoadedAnswers }

/** Saved answers that could not be read: why, and their text, kept so that nothing is dropped unseen. */
export interface UnreadableSaved {
  text: string
  reason: string
  problems: string[]
}

/** How the page starts: its answers, what to tell the person, and what to tidy up. */
export interface LoadedConfig extends LoadedAnswers {
  notice: ShareNotice | null
  /** A share link was opened: take it out of the address bar, so a reload does not open it over newer answers. */
  linkOpened: boolean
  /** The browser lets the page keep answers in its storage (it may still refuse a write later). */
  storageAvailable: boolean
  unreadableSaved: UnreadableSaved | null
  /** The starting answers as a valid configuration when they were checked on the way in and break no rule. */
  config: Config | null
}

/**
 * Where the answers come from at start: a share link in the address, the answers saved in this browser, or
 * the defaults. A link never replaces saved answers that differ from it without asking: the saved ones stay
 * on screen and the notice offers the link's. A broken link, or saved text that cannot be read, says why.
 */
export function readInitialConfig(hash: string, saved: StoredText): LoadedConfig {
  const stored = saved.available && saved.text !== null ? { text: saved.text, opened: openSavedAnswers(saved.text) } : null
  const base = {
    problems: [],
    notice: null,
    linkOpened: false,
    storageAvailable: saved.available,
    unreadableSaved: stored && !stored.opened.ok ? { text: stored.text, reason: stored.opened.reason, problems: stored.opened.problems } : null,
  }
  const restored = stored?.opened.ok ? stored.opened.values : defaultConfig()
  const hasWork = stored?.opened.ok === true && !areDefaultAnswers(restored)
  const restoredConfig = stored?.opened.ok ? stored.opened.config : null
  if (!hasSharedConfig(hash)) return { ...base, values: restored, config: restoredConfig }

  const link = openShareLink(hash)
  if (!link.ok) {
    const fallback = hasWork ? 'Your saved answers are open instead.' : 'The builder started from its defaults.'
    return { ...base, values: restored, config: restoredConfig, notice: failedNotice('This share link could not be opened', link, fallback) }
  }
  if (hasWork && !sameAnswers(restored, link.values)) {
    const title = 'This link’s answers differ from the ones saved in this browser'
    const offered = { values: link.values, problems: link.problems }
    return { ...base, values: restored, config: restoredConfig, notice: { kind: 'choice', title, link: offered } }
  }
  const opened = { values: link.values, problems: link.problems, config: link.config }
  return { ...base, ...opened, notice: attentionNotice('This link opened', link.problems), linkOpened: true }
}

/** "This link opened, but 2 answers need attention", with a way to each; none when every answer is valid. */
export function attentionNotice(opened: string, problems: FieldProblem[]): ShareNotice | null {
  const count = new Set(problems.map((p) => p.field)).size
  if (count === 0) return null
  const answers = count === 1 ? '1 answer needs' : `${formatCount(count)} answers need`
  return { kind: 'attention', title: `${opened}, but ${answers} attention`, problems }
}

export function failedNotice(title: string, opened: Extract<OpenResult, { ok: false }>, fallback: string): ShareNotice {
  return { kind: 'failed', title, reason: opened.reason, problems: opened.problems, fallback }
}
