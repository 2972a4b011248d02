import { useState } from 'react'
import type { Config } from '../../domain/config/schema'
import { downloadBytes } from '../../lib/download'
import { loadExportModule } from './use-export-module'

/** Every document, every format and the configuration, in one .zip named after the role. */
export function DownloadAllButton({ config }: { config: Config | null }) {
  const [feedback, setFeedback] = useState('')

  async function downloadAll() {
    if (config === null) return
    let exports
    try {
      exports = await loadExportModule()
    } catch {
      setFeedback('The exports could not be loaded (is the connection down?). Reload the page to try again.')
      return
    }
    const files = exports.allExportFiles(config)
    const fileName = `${config.roleName}.zip`
    downloadBytes(fileName, exports.zipFiles(config.roleName, files), 'application/zip')
    setFeedback(`Downloaded ${fileName} (${files.length} files).`)
  }

  return (
    <>
      <button type="button" onClick={() => void downloadAll()} disabled={config === null}>
        Download all (.zip)
      </button>
      <p role="status" className="feedback">
        {feedback}
      </p>
    </>
  )
}
