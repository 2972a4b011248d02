import { useEffect, useState } from 'react'
import type { Config } from '../../domain/config/schema'
import { DOCUMENT_IDS, type DocumentId } from '../../domain/documents/document-list'
import type { StatementExplanation } from '../../domain/explain/explain-document'
import { explainInWorker } from './explain-client'
import type { ViewItem } from './view-items'

const isDocumentId = (id: string): id is DocumentId => (DOCUMENT_IDS as readonly string[]).includes(id)

/**
 * Why each statement of the shown document is there: asked of a worker whenever the document or the answers
 * change; until the answer comes, the previous one if it was for the same text, else null.
 */
export function useExplanations(config: Config, item: ViewItem): StatementExplanation[] | null {
  const { id, text } = item
  const json = item.language === 'json' ? text : null
  const [answer, setAnswer] = useState<{ text: string; explanations: StatementExplanation[] | null } | null>(null)
  useEffect(() => {
    if (json === null || !isDocumentId(id)) return
    let current = true
    void explainInWorker(config, id, json).then((explanations) => current && setAnswer({ text: json, explanations }))
    return () => {
      current = false
    }
  }, [config, id, json])
  return answer !== null && answer.text === json ? answer.explanations : null
}
