import { useEffect, useId, useRef, useState } from 'react'
import { importedOpenResult, importRole, type ImportedRole } from '../../domain/import-role/import-role'
import type { OpenResult } from '../../domain/share/share-codec'
import './start-from-role.css'

interface StartFromRoleDialogProps {
  /** The pasted text, kept by the page while the box is closed, so closing it loses nothing. */
  text: string
  onTextChange: (text: string) => void
  /** Loads the answers read from the pasted role into the form, as an imported configuration file is. */
  onStart: (opened: OpenResult) => void
  onClose: () => void
}

/**
 * Paste an existing role (AWS CLI output, CloudFormation or Terraform) and start the wizard from it: "Read role"
 * shows what was read and what differs from what the wizard writes; "Start from this role" loads the answers.
 */
export function StartFromRoleDialog({ text, onTextChange, onStart, onClose }: StartFromRoleDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const textId = useId()
  const titleId = useId()
  const [imported, setImported] = useState<ImportedRole | null>(null)

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => element?.close()
  }, [])

  const edits = imported?.values.documentEdits?.length ?? 0
  return (
    <dialog ref={dialog} className="start-from-role" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Start from an existing role</h2>
      <label htmlFor={textId}>Paste get-role, get-role-policy, list-attached-role-policies, a CloudFormation or Terraform role</label>
      <textarea
        id={textId}
        rows={12}
        spellCheck={false}
        value={text}
        onChange={(event) => {
          onTextChange(event.target.value)
          setImported(null)
        }}
      />
      <p className="hint">Nothing leaves your browser. Several outputs can be pasted one after another.</p>
      <div className="actions">
        <button type="button" onClick={() => setImported(importRole(text))} disabled={text.trim() === ''}>
          Read role
        </button>
        <button type="button" onClick={() => onStart(importedOpenResult(imported ?? importRole(text)))} disabled={text.trim() === ''}>
          Start from this role
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      {imported && (
        <section aria-label="What was read" className="what-was-read">
          <p role="status">
            {edits === 0 ? 'The wizard writes this role’s documents as they are.' : `${edits} pasted document${edits === 1 ? ' is' : 's are'} kept as edited.`}
          </p>
          <NoteList title="Notes" items={imported.notes} />
          <NoteList title="Not recognised" items={imported.unrecognised} />
        </section>
      )}
    </dialog>
  )
}

function NoteList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </>
  )
}
