import type { Config } from '../../domain/config/schema'
import type { DocumentId } from '../../domain/documents/document-list'
import type { StatementExplanation } from '../../domain/explain/explain-document'
import type { ExplainReply, ExplainRequest } from './explain-protocol'

let worker: Worker | undefined
let serial = 0
const waiting = new Map<number, (explanations: StatementExplanation[] | null) => void>()

/**
 * Why each statement of a document is there, worked out in a worker (explain-worker.ts) made on the first call.
 * Null when the text is not a policy, or when the browser cannot run the worker (the guide then shows its hint).
 */
export function explainInWorker(config: Config, documentId: DocumentId, text: string): Promise<StatementExplanation[] | null> {
  if (worker === undefined) {
    try {
      worker = new Worker(new URL('./explain-worker.ts', import.meta.url), { type: 'module' })
    } catch {
      return Promise.resolve(null)
    }
    worker.onmessage = (event: MessageEvent<ExplainReply>) => {
      waiting.get(event.data.serial)?.(event.data.explanations)
      waiting.delete(event.data.serial)
    }
    worker.onerror = () => {
      for (const answer of waiting.values()) answer(null)
      waiting.clear()
    }
  }
  serial += 1
  const request: ExplainRequest = { serial, config, documentId, text }
  return new Promise((resolve) => {
    waiting.set(request.serial, resolve)
    try {
      worker?.postMessage(request)
    } catch {
      waiting.delete(request.serial)
      resolve(null)
    }
  })
}
