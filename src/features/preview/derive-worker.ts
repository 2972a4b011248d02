// The preview's worker: derives the role from the answers off the main thread, so a keystroke never waits for
// the documents of thousands of buckets. It keeps its own copy of the answers; each message is a list of
// updates to it (answer-updates.ts), and each reply what the preview shows (worker-protocol.ts), warnings included.
import '../../lib/zod-jitless'
import { assessRisks } from '../../domain/risks/assess-risks'
import type { AnswerUpdate } from './answer-updates'
import { answerMessage, INITIAL_WORKER_STATE } from './worker-answer'

let state = INITIAL_WORKER_STATE

self.onmessage = (event: MessageEvent<AnswerUpdate[]>) => {
  const handled = answerMessage(state, event.data, assessRisks)
  state = handled.state
  self.postMessage(handled.reply)
}
