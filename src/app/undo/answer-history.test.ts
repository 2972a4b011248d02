import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../../domain/config/defaults'
import { testConfig } from '../../domain/test-configs'
import {
  EMPTY_HISTORY,
  HISTORY_LIMIT,
  offerAnswers,
  recordReplacement,
  takeMove,
  type AnswerHistory,
  type AnswersSnapshot,
} from './answer-history'

const answers = (roleName: string, stepIndex = 0): AnswersSnapshot => ({ values: testConfig({ roleName }), problems: [], stepIndex })
const mine = answers('Mine', 2)
const defaults: AnswersSnapshot = { values: defaultConfig(), problems: [], stepIndex: 0 }
const imported = answers('Imported', 2)

/** Takes a move and checks it exists. */
function take(history: AnswerHistory, side: 'undo' | 'redo', current: AnswersSnapshot) {
  const result = takeMove(history, side, current)
  if (result === null) throw new Error(`nothing to ${side}`)
  return result
}

const buttons = (history: AnswerHistory) => ({ undo: history.undo.at(-1)?.action, redo: history.redo.at(-1)?.action, message: history.message })

describe('answer history', () => {
  it('Undo brings back the answers replaced, step included; Redo replaces them again', () => {
    const started = recordReplacement(EMPTY_HISTORY, mine, { message: 'Started over from the defaults.' })
    expect(buttons(started)).toEqual({ undo: 'Undo', redo: undefined, message: 'Started over from the defaults.' })

    const undone = take(started, 'undo', defaults)
    expect(undone.show).toEqual(mine)
    expect(buttons(undone.history)).toEqual({ undo: undefined, redo: 'Redo', message: 'Your previous answers are back.' })

    const redone = take(undone.history, 'redo', mine)
    expect(redone.show).toEqual(defaults)
    expect(redone.history).toEqual(started)
  })

  it('goes back through every replacement: Start over, then Import, then Undo twice brings back the first answers', () => {
    let history = recordReplacement(EMPTY_HISTORY, mine, { message: 'Started over from the defaults.' })
    history = recordReplacement(history, defaults, { message: 'Replaced your answers with those in a.json.' })
    const first = take(history, 'undo', imported)
    expect(first.show).toEqual(defaults)
    expect(buttons(first.history)).toEqual({ undo: 'Undo', redo: 'Redo', message: 'Your previous answers are back.' })
    const second = take(first.history, 'undo', defaults)
    expect(second.show).toEqual(mine)
    // Redo twice goes forward again, through the same answers.
    const forward = take(take(second.history, 'redo', mine).history, 'redo', defaults)
    expect(forward.show).toEqual(imported)
    expect(forward.history.redo).toEqual([])
  })

  it('clears Redo when answers are replaced again', () => {
    const undone = take(recordReplacement(EMPTY_HISTORY, mine, { message: 'Started over from the defaults.' }), 'undo', defaults)
    expect(recordReplacement(undone.history, mine, { message: 'Replaced your answers with those in a.json.' }).redo).toEqual([])
  })

  it(`keeps the last ${HISTORY_LIMIT} sets of answers on each side`, () => {
    let history = EMPTY_HISTORY
    for (let i = 0; i < HISTORY_LIMIT + 5; i += 1) history = recordReplacement(history, answers(`Role${i}`), { message: `${i}` })
    expect(history.undo).toHaveLength(HISTORY_LIMIT)
    expect(history.undo[0]?.snapshot.values.roleName).toBe('Role5')
  })

  it('says nothing to take when a side is empty', () => {
    expect(takeMove(EMPTY_HISTORY, 'undo', mine)).toBeNull()
    expect(takeMove(EMPTY_HISTORY, 'redo', mine)).toBeNull()
  })

  it('words a link’s answers as the person chose them, and swaps them as often as asked', () => {
    const linked = answers('Linked', 2)
    const kept = { action: 'Undo', message: 'Kept your saved answers.' }
    const opened = recordReplacement(EMPTY_HISTORY, mine, { message: 'Opened the link’s answers.', undo: kept, redoAction: 'Open the link’s answers' })
    let step = take(opened, 'undo', linked)
    expect(step.show).toEqual(mine)
    expect(buttons(step.history)).toEqual({ undo: undefined, redo: 'Open the link’s answers', message: 'Kept your saved answers.' })
    for (let i = 0; i < 3; i += 1) step = take(take(step.history, 'redo', mine).history, 'undo', linked)
    expect(step.history).toEqual(take(opened, 'undo', linked).history)
  })

  it('offers answers that were never on screen as the next Redo', () => {
    const linked = answers('Linked', 2)
    const history = offerAnswers(
      EMPTY_HISTORY,
      { action: 'Open the link’s answers', message: 'Opened the link’s answers.', snapshot: linked, back: { action: 'Undo', message: 'Kept your saved answers.' } },
      'Kept your saved answers.',
    )
    expect(buttons(history)).toEqual({ undo: undefined, redo: 'Open the link’s answers', message: 'Kept your saved answers.' })
    const opened = take(history, 'redo', mine)
    expect(opened.show).toEqual(linked)
    expect(buttons(opened.history)).toEqual({ undo: 'Undo', redo: undefined, message: 'Opened the link’s answers.' })
    expect(take(opened.history, 'undo', linked).show).toEqual(mine)
  })
})
