import { useState } from 'react'
import type { EditableDocument } from '../../domain/config/document-edits-schema'
import type { ViewItem } from '../preview/view-items'
import { DocumentDiff } from './document-diff'
import { SizeMeter } from './size-meter'

export interface EditPanelProps {
  item: ViewItem
  /** The text on show: the person's latest, or the preview's. */
  text: string
  onReset: () => void
}

/**
 * Under a JSON document: its size against its quota; for an edited one, the note that the edits replace the
 * generated document, "Reset to generated" and the comparison with it.
 */
export function EditPanel({ item, text, onReset }: EditPanelProps) {
  const [comparing, setComparing] = useState(false)
  const generated = item.generatedText
  const edited = generated !== undefined && text !== generated
  return (
    <div className="edit-panel">
      <SizeMeter id={item.id as EditableDocument} text={text} />
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
