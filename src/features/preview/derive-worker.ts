// The preview's worker: derives the role from the answers off the main thread, so a keystroke never waits for
// the documents of thousands of buckets. It keeps its own copy of the answers; each message is a list of
// updates to it (see answer-updates.ts), and each reply is what the preview shows.
import '../../lib/zod-jitless'
import { applyAnswerUpdates, type AnswerUpdate } from './answer-updates'
import { derivePreview } from './derive-preview'

let answers: unknown

self.onmessage = (event: MessageEvent<AnswerUpdate[]>) => {
  answers = applyAnswerUpdates(answers, event.data)
  self.postMessage(derivePreview(answers))
}
