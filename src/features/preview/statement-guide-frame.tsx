import { Suspense } from 'react'
import { LazyStatementExplained, LazyStatementReasons } from './lazy-statement-guide'
import type { StatementExplainedProps, StatementReasonsProps } from './statement-guide'

const HINT = <span className="field-hint">Point at a statement to see which answer wrote it and why it is needed.</span>

/** Above the text: which answer wrote the statement under the pointer, and why. Its space is kept, so nothing moves. */
export function StatementCard(props: Omit<StatementExplainedProps, 'index'> & { index: number | null }) {
  const { index } = props
  return (
    <div className="statement-card" role="note" aria-label="Why this statement">
      {index === null ? HINT : (
        <Suspense fallback={HINT}>
          <LazyStatementExplained.Component {...props} index={index} />
        </Suspense>
      )}
    </div>
  )
}

/** Below the text: every statement and its reason, once opened. */
export function StatementList(props: StatementReasonsProps & { count: number; open: boolean; onToggle: (open: boolean) => void }) {
  const { count, open, onToggle, ...reasons } = props
  return (
    <details className="statement-list" open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
      <summary>Why each statement ({count})</summary>
      {open && (
        <Suspense fallback={<p className="field-hint">Loading the reasons…</p>}>
          <LazyStatementReasons.Component {...reasons} />
        </Suspense>
      )}
    </details>
  )
}
