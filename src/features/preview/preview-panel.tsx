import type { OpenResult } from '../../domain/share/share-codec'
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

/** Shows the documents and warnings the deriver makes of the current answers; nothing is stored. */
export function PreviewPanel({ deriver, onGoToField, onImport }: PreviewPanelProps) {
  const { role, items } = useDerivedPreview(deriver)

  return (
    <section id="documents" className="preview" aria-labelledby="preview-title">
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
    </section>
  )
}
