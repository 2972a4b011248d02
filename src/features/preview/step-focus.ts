import type { Target } from '../../domain/config/schema'
import type { DocumentId } from '../../domain/documents/document-list'
import type { StatementLines } from '../../domain/iam/statement-lines'

/** What the wizard's current step is about, so the preview can show the statements it writes. */
export type PreviewTopic = 's3' | 'glue' | 'logs' | 'trust' | 'submitters'

/** The document a topic's answers write to. */
export function topicDocument(topic: PreviewTopic, target: Target): DocumentId {
  if (topic === 'trust') return 'trust-policy'
  if (topic === 'submitters') return target === 'eks' ? 'startjobrun-policy' : 'passrole-policy'
  return 'permissions-policy'
}

const SERVICE_OF_TOPIC: Partial<Record<PreviewTopic, string>> = { s3: 's3:', glue: 'glue:', logs: 'logs:' }

/** Whether a statement of the topic's document is one the topic's answers wrote. */
export function topicCovers(topic: PreviewTopic, statement: StatementLines): boolean {
  const service = SERVICE_OF_TOPIC[topic]
  if (service === undefined) return true // the trust and submitter documents are the step's own, whole
  return statement.actions.length > 0 && statement.actions.every((action) => action.startsWith(service))
}
