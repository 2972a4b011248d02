import { useMemo, useState } from 'react'
import type { LineRegion } from '../../components/code-view/line-regions'
import { COMPARE_MAX_CHARS } from '../../components/code-view/use-line-changes'
import type { Target } from '../../domain/config/schema'
import { locateStatements } from '../../domain/iam/statement-lines'
import { statementRegions, topicCovers, topicDocument, type PreviewTopic } from './step-focus'
import type { ViewItem } from './view-items'

const FIRST_DOCUMENT = 'permissions-policy'

/**
 * The document the preview shows. It follows the wizard: each time the step changes, the document that step's
 * answers write to is selected (and `revealSerial` grows, so the view scrolls to the step's statements). In
 * between, the user's own choice stands.
 */
export function useStepFollow(topic: PreviewTopic | null, target: Target) {
  const [selectedId, setSelectedId] = useState<string>(() => (topic ? topicDocument(topic, target) : FIRST_DOCUMENT))
  const [followed, setFollowed] = useState({ topic, revealSerial: topic ? 1 : 0 })
  if (followed.topic !== topic) {
    // Adjusting state to a new prop during render (React's pattern for it): no effect, no extra commit.
    setFollowed({ topic, revealSerial: followed.revealSerial + 1 })
    if (topic) setSelectedId(topicDocument(topic, target))
  }
  return { selectedId, setSelectedId, revealSerial: followed.revealSerial }
}

/**
 * The statements of a JSON document shown as regions of the text view, those of the step's answers marked, and
 * where to scroll when the step changes. None for exports, or for documents too long to mark (as for colour).
 */
export function useStatementRegions(item: ViewItem | undefined, topic: PreviewTopic | null, target: Target, revealSerial: number) {
  const text = item?.language === 'json' ? item.text : null
  const statements = useMemo(() => (text !== null && text.length <= COMPARE_MAX_CHARS ? locateStatements(text) : []), [text])
  const topicHere = topic !== null && item?.id === topicDocument(topic, target) ? topic : null
  const regions: readonly LineRegion[] = useMemo(
    () => statementRegions(statements, topicHere && ((statement) => topicCovers(topicHere, statement))),
    [statements, topicHere],
  )
  const reveal = useMemo(() => ({ selector: '.step-statement', serial: revealSerial }), [revealSerial])
  return { statements, regions, reveal: topicHere ? reveal : undefined }
}
