// Explains the statements of one document off the main thread, in a worker of its own made when first asked
// (explain-client.ts): the explanations' code is then never part of the page's own JavaScript.
import '../../lib/zod-jitless'
import { explainDocument } from '../../domain/explain/explain-document'
import type { ExplainReply, ExplainRequest } from './explain-protocol'

self.onmessage = (event: MessageEvent<ExplainRequest>) => {
  const { serial, config, documentId, text } = event.data
  let explanations: ExplainReply['explanations'] = null
  try {
    explanations = explainDocument(config, documentId, JSON.parse(text) as Parameters<typeof explainDocument>[2])
  } catch {
    // not a policy: nothing to explain
  }
  self.postMessage({ serial, explanations } satisfies ExplainReply)
}
