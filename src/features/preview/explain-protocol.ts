// The messages between the page (explain-client.ts) and the explanations' worker (explain-worker.ts).
import type { Config } from '../../domain/config/schema'
import type { DocumentId } from '../../domain/documents/document-list'
import type { StatementExplanation } from '../../domain/explain/explain-document'

export interface ExplainRequest {
  serial: number
  config: Config
  documentId: DocumentId
  text: string
}

export interface ExplainReply {
  serial: number
  explanations: StatementExplanation[] | null
}
