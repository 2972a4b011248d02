import { useState } from 'react'
import type { RiskWarning } from '../../domain/risks/risk'
import { ProblemLinks } from './problem-links'
import type { PreviewDeriver } from './preview-deriver'
import { ReviewActions } from './review-actions'
import { RiskList } from './risk-list'
import { RoleSummaryView } from './role-summary-view'
import { useLatestPreview } from './use-latest-preview'

export interface ReviewPanelProps {
  deriver: PreviewDeriver
  onGoToField: (field: string) => void
}

/**
 * The review step's own part, loaded on demand: what the role can and cannot do, the warnings that still apply,
 * and the files to deploy it. One status line says what the last action did; a new message replaces the old.
 */
export function ReviewPanel({ deriver, onGoToField }: ReviewPanelProps) {
  const role = useLatestPreview(deriver)?.role
  const [status, setStatus] = useState('')
  return (
    <div className="review-panel">
      <p className="step-intro">What the role can do, the warnings that still apply, and the files to create it.</p>
      {role === undefined ? (
        <p>Checking the answers…</p>
      ) : role.ok ? (
        <>
          <RoleSummaryView config={role.config} />
          <RiskList
            risks={role.risks}
            onGoToField={onGoToField}
            headingLevel={4}
            onAcknowledged={(risk: RiskWarning, acknowledged: boolean) =>
              setStatus(acknowledged ? `Acknowledged: ${risk.title}. It shows again if that answer changes.` : `Showing again: ${risk.title}.`)
            }
          />
          <ReviewActions config={role.config} onStatus={setStatus} />
        </>
      ) : (
        <div className="problems">
          <h4>Finish these answers first</h4>
          <ProblemLinks problems={role.problems.slice(0, 8)} onGoToField={onGoToField} />
          {role.problems.length > 8 && <p>…and {role.problems.length - 8} more.</p>}
        </div>
      )}
      <p role="status" className="feedback">
        {status}
      </p>
    </div>
  )
}
