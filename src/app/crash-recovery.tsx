import { useState } from 'react'
import { configShapeSchema } from '../domain/config/schema'
import { CONFIG_SCHEMA_FILE, exportConfigFile } from '../domain/share/config-file'
import { copyText } from '../lib/clipboard'
import { downloadText } from '../lib/download'

interface CrashRecoveryProps {
  error: Error
  values: unknown
  onRetry: () => void
}

/** What the page shows when it could not render: what happened, and the answers, ready to take away. */
export function CrashRecovery({ error, values, onRetry }: CrashRecoveryProps) {
  const [feedback, setFeedback] = useState('')
  const parsed = configShapeSchema.safeParse(values)
  const answers = parsed.success ? parsed.data : null

  function download() {
    if (answers === null) return
    const fileName = `${answers.roleName}-config.json`
    downloadText(fileName, exportConfigFile(answers, new URL(CONFIG_SCHEMA_FILE, window.location.href).href))
    setFeedback(`Downloaded ${fileName}.`)
  }

  async function copyLink() {
    if (answers === null) return
    try {
      const { encodeConfig } = await import('../domain/share/share-encode')
      const copied = await copyText(`${window.location.origin}${window.location.pathname}#${encodeConfig(answers)}`)
      setFeedback(copied ? 'Share link copied.' : 'The browser blocked the clipboard; use Download configuration instead.')
    } catch {
      setFeedback('The share link could not be made (part of the page did not load); use Download configuration instead.')
    }
  }

  return (
    <main className="crash" role="alert" aria-labelledby="crash-title">
      <h2 id="crash-title">Something went wrong while showing the builder</h2>
      <p>
        The page hit an error it could not recover from: <code>{error.message}</code>
      </p>
      {answers !== null ? (
        <>
          <p>
            Your answers are kept. Save them before anything else, then reload the page and import the file, or open
            the link. If the error comes back, the file shows which answer caused it.
          </p>
          <div className="crash-actions">
            <button type="button" className="primary" onClick={download}>
              Download configuration
            </button>
            <button type="button" onClick={() => void copyLink()}>
              Copy share link
            </button>
            <button type="button" onClick={onRetry}>
              Try again
            </button>
          </div>
        </>
      ) : (
        <p>Your answers could not be read back. Reload the page to start again.</p>
      )}
      <p role="status" className="feedback">
        {feedback}
      </p>
    </main>
  )
}
