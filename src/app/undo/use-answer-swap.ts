import { useState } from 'react'
import type { LoadedAnswers } from '../initial-config'
import { revealProblems, type AppForm } from '../reveal-problems'
import {
  EMPTY_HISTORY,
  offerAnswers,
  recordReplacement,
  takeMove,
  type AnswersSnapshot,
  type HistoryEntry,
  type Replacement,
} from './answer-history'

interface StepControl {
  stepIndex: number
  goToStep: (index: number) => void
}

/**
 * Replaces the answers on screen as a whole (Start over, an imported file, a link) and keeps the ones it
 * replaced, values and step, behind Undo; Undo keeps the answers it replaces behind Redo.
 */
export function useAnswerSwap(form: AppForm, { stepIndex, goToStep }: StepControl) {
  const [history, setHistory] = useState(EMPTY_HISTORY)

  function current(): AnswersSnapshot {
    // A deep copy: the form changes its arrays in place as the person types.
    return { values: structuredClone(form.getValues()), problems: [], stepIndex }
  }

  function show({ values, problems, stepIndex: step }: AnswersSnapshot) {
    form.reset(values)
    revealProblems(form, problems)
    goToStep(step)
  }

  /** Puts `next` on screen (on the current step unless it names one), the answers it replaces behind Undo. */
  function replaceAnswers(next: LoadedAnswers & { stepIndex?: number }, replacement: Replacement) {
    const previous = current()
    show({ ...next, stepIndex: next.stepIndex ?? stepIndex })
    setHistory((shown) => recordReplacement(shown, previous, replacement))
  }

  function take(side: 'undo' | 'redo') {
    const taken = takeMove(history, side, current())
    if (taken === null) return
    show(taken.show)
    setHistory(taken.history)
  }

  return {
    history,
    stepIndex,
    replaceAnswers,
    /** Offers answers that are not on screen (a link's) as the next Redo, labelled as `entry` says. */
    offerAnswers: (entry: HistoryEntry, message: string) => setHistory((shown) => offerAnswers(shown, entry, message)),
    undo: () => take('undo'),
    redo: () => take('redo'),
    dismiss: () => setHistory((shown) => ({ ...shown, message: null })),
  }
}

export type AnswerSwap = ReturnType<typeof useAnswerSwap>
