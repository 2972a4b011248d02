import type { OpenResult } from '../../domain/share/share-codec'
import { useAfterFirstPaint } from '../../lib/use-after-paint'
import { ConfigFileActions } from './config-file-actions'
import { DocumentView } from './document-view'
import type { PreviewDeriver } from './preview-deriver'
import { ProblemList } from './problem-list'
import { RiskList } from './risk-list'
import { ShareLinkButton } from './share-link-button'
import { useDerivedPreview } from './use-derived-preview'

interface PreviewPanelProps {
  deriver: PreviewDeriver
  onGoToField: (field: string) => void
  onImport: (fileName: string, opened: OpenResult) => void
}

/**
 * Shows the documents and warnings the deriver makes of the current answers; nothing is stored. The documents
 * come in the render after the page's first paint: making them and laying them out is most of the start-up's
 * work, and on a phone they are below the answers anyway.
 */
export function PreviewPanel(props: PreviewPanelProps) {
  const shown = useAfterFirstPaint()
  return (
    <section id="documents" className="preview" aria-labelledby="preview-title" aria-busy={!shown}>
      {shown ? (
        <PreviewContent {...props} />
      ) : (
        <>
          <div className="preview-header">
            <h2 id="preview-title">Documents</h2>
          </div>
          <p className="preview-pending">Writing the documents…</p>
        </>
      )}
    </section>
  )
}

function PreviewContent({ deriver, onGoToField, onImport }: PreviewPanelProps) {
  const { role, items } = useDerivedPreview(deriver)

  return (
    <>
      <div className="preview-header">
        <h2 id="preview-title">Documents</h2>
        <ShareLinkButton config={role.ok ? role.config : null} />
      </div>
      <ConfigFileActions config={role.ok ? role.config : null} onImport={onImport} />
      {role.ok ? (
        <>
          <DocumentView config={role.config} items={items} notes={role.notes} />
          <RiskList risks={role.risks} onGoToField={onGoToField} />
        </>
      ) : (
        <ProblemList problems={role.problems} onGoToField={onGoToField} />
      )}
    </>
  )
}
