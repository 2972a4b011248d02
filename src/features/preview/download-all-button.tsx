import { useState } from 'react'
import type { Config } from '../../domain/config/schema'
import { downloadAllFiles } from './download-all'

/** Every document, every format and the configuration, in one .zip named after the role. */
export function DownloadAllButton({ config }: { config: Config | null }) {
  const [feedback, setFeedback] = useState('')
  return (
    <>
      <button type="button" onClick={() => config && void downloadAllFiles(config).then(setFeedback)} disabled={config === null}>
        Download all (.zip)
      </button>
      <p role="status" className="feedback">
        {feedback}
      </p>
    </>
  )
}
