import type { LoadedAnswers } from '../initial-config'

/** Answers as a whole: every value, the rules they break (to show at the fields), and the step on show. */
export interface AnswersSnapshot extends LoadedAnswers {
  stepIndex: number
}

/** The label of a button, and what the status line says once it was pressed. */
export interface Move {
  action: string
  message: string
}

/** Answers one button away, and the move that comes back from them once they are on screen. */
export interface HistoryEntry extends Move {
  snapshot: AnswersSnapshot
  back: Move
}

/**
 * Answers replaced as a whole (Start over, an imported file, a link) and the way back to each: Undo steps
 * back through the answers replaced, Redo forward again. Taking either keeps the answers it replaces on the
 * other side, so no set of answers is lost; a new replacement clears Redo, as in any editor.
 */
export interface AnswerHistory {
  undo: readonly HistoryEntry[]
  redo: readonly HistoryEntry[]
  /** What the status line says: what happened last; null once dismissed. */
  message: string | null
}

export const EMPTY_HISTORY: AnswerHistory = { undo: [], redo: [], message: null }

/** Sets of answers kept on each side: each may hold thousands of buckets. */
export const HISTORY_LIMIT = 10

const BACK: Move = { action: 'Undo', message: 'Your previous answers are back.' }

export interface Replacement {
  /** What happened, e.g. "Started over from the defaults." */
  message: string
  /** The way back to the answers replaced; plain Undo by default. */
  undo?: Move
  /** The label of the button that, after Undo, replaces them again; Redo by default. */
  redoAction?: string
}

/** Records that `previous` were replaced: they go on top of Undo, and Redo is cleared. */
export function recordReplacement(history: AnswerHistory, previous: AnswersSnapshot, replacement: Replacement): AnswerHistory {
  const { message, undo = BACK, redoAction = 'Redo' } = replacement
  const entry: HistoryEntry = { ...undo, snapshot: previous, back: { action: redoAction, message } }
  return { undo: [...history.undo, entry].slice(-HISTORY_LIMIT), redo: [], message }
}

/** Offers answers that were not put on screen (a link's, when the person kept theirs) as the next Redo. */
export function offerAnswers(history: AnswerHistory, entry: HistoryEntry, message: string): AnswerHistory {
  return { ...history, redo: [...history.redo, entry].slice(-HISTORY_LIMIT), message }
}

/**
 * Takes the top of Undo or Redo while `current` are on screen: returns the answers to show, and the history
 * with `current` on the other side, one button away. Null when that side is empty.
 */
export function takeMove(
  history: AnswerHistory,
  side: 'undo' | 'redo',
  current: AnswersSnapshot,
): { history: AnswerHistory; show: AnswersSnapshot } | null {
  const taken = history[side].at(-1)
  if (taken === undefined) return null
  const other = side === 'undo' ? 'redo' : 'undo'
  const returning: HistoryEntry = { ...taken.back, snapshot: current, back: { action: taken.action, message: taken.message } }
  return {
    show: taken.snapshot,
    history: {
      ...history,
      [side]: history[side].slice(0, -1),
      [other]: [...history[other], returning].slice(-HISTORY_LIMIT),
      message: taken.message,
    },
  }
}
