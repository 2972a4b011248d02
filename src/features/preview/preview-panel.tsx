import { useDeferredValue, useMemo } from 'react'
import { useWatch } from 'react-hook-form'
import { deriveRole } from '../../domain/role/derive-role'
import type { OpenResult } from '../../domain/share/share-codec'
import { ConfigFileActions } from './config-file-actions'
import { DocumentView } from './document-view'
import { ProblemList } from './problem-list'
import { RiskList } from './risk-list'
import { ShareLinkButton } from './share-link-button'

interface PreviewPanelProps {
  onGoToField: (field: string) => void
  onImport: (fileName: string, opened: OpenResult) => void
}

/** Derives the documents and warnings from the current answers on every change; nothing is stored. */
export function PreviewPanel({ onGoToField, onImport }: PreviewPanelProps) {
  const values: unknown = useWatch()
  // Typing stays responsive with 1,000 buckets: the preview catches up in a background render.
  const deferredValues = useDeferredValue(values)
  const role = useMemo(() => deriveRole(deferredValues), [deferredValues])

  return (
    <section className="preview" aria-labelledby="preview-title">
      <div className="preview-header">
        <h2 id="preview-title">Documents</h2>
        <ShareLinkButton config={role.ok ? role.config : null} />
      </div>
      <ConfigFileActions config={role.ok ? role.config : null} onImport={onImport} />
      {role.ok ? (
        <>
          <DocumentView config={role.config} documents={role.named} role={role.documents} />
          <RiskList risks={role.risks} onGoToField={onGoToField} />
        </>
      ) : (
        <ProblemList problems={role.problems} onGoToField={onGoToField} />
      )}
    </section>
  )
}
