import { applyAnswerUpdates, type AnswerUpdate } from './answer-updates'
import { derivePreview, type DerivedPreview } from './derive-preview'

/**
 * The preview worker's reply. The page keeps the same copy of the answers as the worker, so a reply carries
 * them back only after all of them were sent (a list changed, an import); the rest of the time the
 * configuration is left out, as it would cost the page as much to read as the documents themselves.
 */
export interface WorkerReply {
  /** With `role.config` left empty when valid: the page fills it with its copy of the answers. */
  preview: DerivedPreview
  /** The worker's answers, when the message held all of them. */
  answers?: unknown
}

/** What the worker does with one message: its answers after the updates, and its reply. Pure. */
export function answerMessage(answers: unknown, updates: readonly AnswerUpdate[]): { answers: unknown; reply: WorkerReply } {
  const next = applyAnswerUpdates(answers, updates)
  const preview = derivePreview(next)
  if (preview.role.ok) preview.role.config = null as unknown as typeof preview.role.config
  const reply: WorkerReply = updates.some((update) => update.kind === 'all') ? { preview, answers: next } : { preview }
  return { answers: next, reply }
}
