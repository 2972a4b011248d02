import { useEffect, useState } from 'react'
import type { EditableDocument } from '../../domain/config/document-edits-schema'
import type { Config } from '../../domain/config/schema'
import { partitionOfRegion } from '../../domain/config/partition'
import type { Finding, PolicyCheckContext } from '../../domain/policy-check/finding'
import { applyTextEdits, documentKindOf } from '../../domain/policy-check/apply-edits'
import { FindingList } from '../policy-check/finding-list'
import type { ViewItem } from '../preview/view-items'
import { DocumentDiff } from './document-diff'
import { SizeMeter } from './size-meter'
import { useFindings } from './use-findings'

export interface EditPanelProps {
  config: Config
  item: ViewItem
  /** The text on show: the person's latest, or the preview's. */
  text: string
  /** Check the text as it is typed (the document is being edited, or was). */
  check: boolean
  onReset: () => void
  /** The findings of `text` for the editor's marks (null while there are none to show). */
  onFindings: (findings: Finding[] | null, text: string) => void
  /** A fix applied: the whole new text. */
  onReplaceText: (text: string) => void
  onSelectFinding: (finding: Finding) => void
}

/** What the checker knows of the document besides its text: its kind and the role it belongs to. */
function checkContext(config: Config, id: EditableDocument): PolicyCheckContext {
  return { kind: documentKindOf(id), roleName: config.roleName, accountId: config.accountId, partition: partitionOfRegion(config.region) }
}

/**
 * Under a JSON document: its size against its quota; for an edited one, the note that the edits replace the
 * generated document, "Reset to generated" and the comparison with it.
 */
export function EditPanel({ config, item, text, check, onReset, onFindings, onReplaceText, onSelectFinding }: EditPanelProps) {
  const [comparing, setComparing] = useState(false)
  const id = item.id as EditableDocument
  const generated = item.generatedText
  const edited = generated !== undefined && text !== generated
  const checked = useFindings(text, check ? checkContext(config, id) : null)
  const findings = checked.status === 'done' ? checked.findings : null
  useEffect(() => onFindings(findings, text), [findings, text, onFindings])
  return (
    <div className="edit-panel">
      <SizeMeter id={id} text={text} size={text === item.text ? item.size : undefined} />
      {checked.status === 'failed' && <p className="feedback">The policy checker could not be loaded (is the connection down?); the document is kept as typed.</p>}
      {check && checked.status !== 'failed' && (
        <FindingList
          findings={findings}
          onSelect={onSelectFinding}
          onApplyFix={(finding) => finding.fix && onReplaceText(applyTextEdits(text, finding.fix.edits))}
        />
      )}
      {edited && (
        <div className="edited-note" role="note" aria-label="Edited document">
          <p>
            <strong>Edited.</strong> Your edits replace the generated {item.label.toLowerCase()} in the share link, the configuration file
            and every export; changes to the answers no longer reach it.
          </p>
          <div className="edited-actions">
            <button type="button" aria-pressed={comparing} onClick={() => setComparing(!comparing)}>
              Compare with generated
            </button>
            <button type="button" onClick={onReset}>
              Reset to generated
            </button>
          </div>
          {comparing && <DocumentDiff generated={generated} edited={text} />}
        </div>
      )}
    </div>
  )
}
