import type { Config } from '../../domain/config/schema'
import type { RiskAssessor } from '../../domain/role/derive-role'
import { applyAnswerUpdates, type AnswerUpdate } from './answer-updates'
import { derivePreview } from './derive-preview'
import { leaveOutSameTexts, NO_TEXTS, replyTexts, type ReplyTexts, type WorkerReply } from './worker-protocol'

// The worker's side of the protocol (worker-protocol.ts): apart, so the page's side does not carry the builders.

/** The worker's state between messages. */
export interface WorkerState {
  answers: unknown
  texts: ReplyTexts
}

export const INITIAL_WORKER_STATE: WorkerState = { answers: undefined, texts: NO_TEXTS }

/** What the worker does with one message: its state after the updates, and its reply. Pure. */
export function answerMessage(
  state: WorkerState,
  updates: readonly AnswerUpdate[],
  assess: RiskAssessor,
): { state: WorkerState; reply: WorkerReply } {
  const answers = applyAnswerUpdates(state.answers, updates)
  const { role, items } = derivePreview(answers, assess)
  // The page has the answers: a configuration made of them is not sent back (see preview-deriver.ts).
  if (role.ok) role.config = null as unknown as typeof role.config
  else if (role.draft) role.draft.config = null as unknown as Config
  const preview = { role, items: leaveOutSameTexts(items, state.texts) }
  const reply: WorkerReply = updates.some((update) => update.kind === 'all') ? { preview, answers } : { preview }
  return { state: { answers, texts: replyTexts(items) }, reply }
}
