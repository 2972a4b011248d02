import { useCallback, useMemo, useState } from 'react'
import type { Reveal } from '../../components/code-view/code-view'
import type { LineRegion } from '../../components/code-view/line-regions'
import { COMPARE_MAX_CHARS } from '../../components/code-view/use-line-changes'
import type { Target } from '../../domain/config/schema'
import type { StatementLines } from '../../domain/iam/statement-lines'
import { lazyModule, useLazyModule } from '../../lib/lazy-module'
import { topicCovers, topicDocument, type PreviewTopic } from './step-focus'
import type { ViewItem } from './view-items'

const FIRST_DOCUMENT = 'permissions-policy'
/** Finds the statements in a policy's text: a small chunk, loaded once the page is idle. */
const statementLines = lazyModule(() => import('../../domain/iam/statement-lines'))


const STEP_STATEMENTS = '.step-statement'

/**
 * The document the preview shows. It follows the wizard: each time the step changes, the document that step's
 * answers write to is selected and the view scrolls to the step's statements. In between, the user's own choice
 * stands. `revealOne` scrolls to something else (a statement chosen in the list).
 */
export function useStepFollow(topic: PreviewTopic | null, target: Target) {
  const [selectedId, setSelectedId] = useState<string>(() => (topic ? topicDocument(topic, target) : FIRST_DOCUMENT))
  const [followed, setFollowed] = useState<{ topic: PreviewTopic | null; reveal?: Reveal }>(() => ({
    topic,
    reveal: topic ? { selector: STEP_STATEMENTS, serial: 1 } : undefined,
  }))
  if (followed.topic !== topic) {
    // Adjusting state to a new prop during render (React's pattern for it): no effect, no extra commit.
    const serial = (followed.reveal?.serial ?? 0) + 1
    setFollowed({ topic, reveal: topic ? { selector: STEP_STATEMENTS, serial } : followed.reveal })
    if (topic) setSelectedId(topicDocument(topic, target))
  }
  const revealOne = useCallback(
    (selector: string) => setFollowed((last) => ({ ...last, reveal: { selector, serial: (last.reveal?.serial ?? 0) + 1 } })),
    [],
  )
  return { selectedId, setSelectedId, reveal: followed.reveal, revealOne }
}

/**
 * The statements of a JSON document as regions of the text view: those of the step's answers marked
 * (`step-statement`), and the one chosen in the list (`chosen-statement`). None for exports, or for documents too
 * long to mark (as for colour).
 */
export function useStatementRegions(item: ViewItem | undefined, topic: PreviewTopic | null, target: Target, chosen: number | null) {
  const text = item?.language === 'json' ? item.text : null
  const markable = text !== null && text.length <= COMPARE_MAX_CHARS ? text : null
  const reader = useLazyModule(statementLines, markable !== null)
  const statements = useMemo(() => (markable !== null && reader ? reader.locateStatements(markable) : []), [markable, reader])
  const topicHere = topic !== null && item?.id === topicDocument(topic, target) ? topic : null
  const regions: readonly LineRegion[] = useMemo(
    () => statements.map((statement) => ({ from: statement.from, to: statement.to, key: String(statement.index), className: classesOf(statement, topicHere, chosen) })),
    [statements, topicHere, chosen],
  )
  return { statements, regions }
}

function classesOf(statement: StatementLines, topic: PreviewTopic | null, chosen: number | null): string {
  const classes = ['statement']
  if (topic !== null && topicCovers(topic, statement)) classes.push('step-statement')
  if (statement.index === chosen) classes.push('chosen-statement')
  return classes.join(' ')
}
