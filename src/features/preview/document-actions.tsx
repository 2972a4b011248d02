import { useId, useState } from 'react'
import { copyText } from '../../lib/clipboard'
import { downloadText } from '../../lib/download'

interface DocumentActionsProps {
  label: string
  fileName: string
  text: string | null
  /** The text holds placeholders: Copy and Download are off, and say why. */
  draft?: boolean
}

const MEDIA_TYPES: Record<string, string> = { json: 'application/json', sh: 'text/x-shellscript', yaml: 'application/yaml', tf: 'text/plain' }

/** Copy and Download for the document on show, each confirming what it did. */
export function DocumentActions({ label, fileName, text, draft = false }: DocumentActionsProps) {
  const [feedback, setFeedback] = useState('')
  const draftNoteId = useId()

  async function copy() {
    if (text === null) return
    const copied = await copyText(text)
    setFeedback(copied ? `Copied ${label} to the clipboard.` : 'The browser blocked the clipboard; use Download instead.')
  }

  function download() {
    if (text === null) return
    downloadText(fileName, text, MEDIA_TYPES[fileName.split('.').pop() ?? ''] ?? 'text/plain')
    setFeedback(`Downloaded ${fileName}.`)
  }

  return (
    <div className="document-actions">
      <button type="button" onClick={() => void copy()} disabled={text === null || draft} aria-describedby={draft ? draftNoteId : undefined}>
        Copy
      </button>
      <button type="button" onClick={download} disabled={text === null || draft} aria-describedby={draft ? draftNoteId : undefined}>
        Download
      </button>
      {draft && (
        <p id={draftNoteId} className="field-hint">
          A draft: answer the marked placeholders first.
        </p>
      )}
      <p role="status" className="feedback">
        {draft ? '' : feedback}
      </p>
    </div>
  )
}
