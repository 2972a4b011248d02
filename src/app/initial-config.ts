import { defaultConfig } from '../domain/config/defaults'
import type { ConfigInput } from '../domain/config/schema'
import type { FieldProblem } from '../domain/config/validate-config'
import { hasSharedConfig, openShareLink, type OpenResult } from '../domain/share/share-codec'
import { formatCount } from '../domain/text/format-count'

/** What the page says about a link or file it was given: it could not be opened, or some answers need fixing. */
export type ShareNotice =
  | { kind: 'failed'; title: string; reason: string; problems: string[]; fallback: string }
  | { kind: 'attention'; title: string; problems: FieldProblem[] }

/** Answers to put in the form, the field rules they break (shown at the fields), and what to tell the person. */
export interface LoadedConfig {
  values: ConfigInput
  problems: FieldProblem[]
  notice: ShareNotice | null
}

/** Share link first, defaults otherwise; a broken link starts from defaults and says what was wrong. */
export function readInitialConfig(hash: string): LoadedConfig {
  if (!hasSharedConfig(hash)) return { values: defaultConfig(), problems: [], notice: null }
  const opened = openShareLink(hash)
  if (opened.ok) return { values: opened.values, problems: opened.problems, notice: attentionNotice('This link opened', opened.problems) }
  return {
    values: defaultConfig(),
    problems: [],
    notice: failedNotice('This share link could not be opened', opened, 'The builder started from its defaults.'),
  }
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
