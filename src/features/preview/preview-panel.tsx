import { useEffect } from 'react'
import type { OpenResult } from '../../domain/share/share-codec'
import { useAfterFirstRender } from '../../lib/use-after-first-render'
import { whenIdle } from '../../lib/when-idle'
import { CanThisRoleDetails } from '../can-this-role/can-this-role-details'
import { ConfigFileActions } from './config-file-actions'
import type { DerivedPreview } from './derive-preview'
import { DocumentView } from './document-view'
import { DraftNotice } from './draft-notice'
import { preloadReviewPanel } from './lazy-review-panel'
import type { PreviewDeriver } from './preview-deriver'
import { ProblemList } from './problem-list'
import { RiskList } from './risk-list'
import { ShareLinkButton } from './share-link-button'
import type { PreviewTopic } from './step-focus'
import { useDerivedPreview } from './use-derived-preview'

interface PreviewPanelProps {
  deriver: PreviewDeriver
  /** The preview of the starting answers, made before the first render, if there is one for this mount. */
  takeFirstPreview: () => DerivedPreview | undefined
  onGoToField: (field: string) => void
  onImport: (fileName: string, opened: OpenResult) => void
  /** What the wizard's current step is about (null on steps without statements of their own). */
  topic: PreviewTopic | null
}

/**
 * Shows the documents and warnings the deriver makes of the current answers; nothing is stored. It follows the
 * answers from the first render, but shows the documents from the render after the first: making and laying
 * them out is most of the start-up's work, and on a phone they are below the answers anyway.
 */
export function PreviewPanel({ deriver, takeFirstPreview, onGoToField, onImport, topic }: PreviewPanelProps) {
  const { role, items } = useDerivedPreview(deriver, takeFirstPreview)
  const shown = useAfterFirstRender()
  // The review step's panel (in the wizard) loads once the page is idle, so that step shows at once.
  useEffect(() => whenIdle(preloadReviewPanel), [])
  if (!shown) {
    return (
      <section id="documents" className="preview" aria-labelledby="preview-title" aria-busy="true">
        <div className="preview-header">
          <h2 id="preview-title">Documents</h2>
        </div>
        <p className="preview-pending">Writing the documents…</p>
      </section>
    )
  }
  return (
    <section id="documents" className="preview" aria-labelledby="preview-title">
      <div className="preview-header">
        <h2 id="preview-title">Documents</h2>
        <ShareLinkButton config={role.ok ? role.config : null} />
      </div>
      <ConfigFileActions config={role.ok ? role.config : null} onImport={onImport} />
      {role.ok ? (
        <>
          <DocumentView key="documents" config={role.config} items={items} notes={role.notes} topic={topic} onGoToField={onGoToField} />
          <RiskList risks={role.risks} onGoToField={onGoToField} />
          <CanThisRoleDetails config={role.config} items={items} />
        </>
      ) : role.draft ? (
        <>
          <DraftNotice placeholders={role.draft.placeholders} onGoToField={onGoToField} />
          <DocumentView key="documents" config={role.draft.config} items={items} notes={role.draft.notes} placeholders={role.draft.placeholders} topic={topic} onGoToField={onGoToField} />
        </>
      ) : (
        <ProblemList problems={role.problems} onGoToField={onGoToField} />
      )}
    </section>
  )
}
