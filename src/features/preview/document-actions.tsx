import { useState } from 'react'
import { copyText } from '../../lib/clipboard'
import { downloadText } from '../../lib/download'

interface DocumentActionsProps {
  label: string
  fileName: string
  json: string | null
}

/** Copy and Download for the document on show, each confirming what it did. */
export function DocumentActions({ label, fileName, json }: DocumentActionsProps) {
  const [feedback, setFeedback] = useState('')

  async function copy() {
    if (json === null) return
    const copied = await copyText(json)
    setFeedback(copied ? `Copied the ${label.toLowerCase()} to the clipboard.` : 'The browser blocked the clipboard; use Download instead.')
  }

  function download() {
    if (json === null) return
    downloadText(fileName, json)
    setFeedback(`Downloaded ${fileName}.`)
  }

  return (
    <div className="document-actions">
      <button type="button" onClick={() => void copy()} disabled={json === null}>
        Copy
      </button>
      <button type="button" onClick={download} disabled={json === null}>
        Download
      </button>
      <p role="status" className="feedback">
        {feedback}
      </p>
    </div>
  )
}
