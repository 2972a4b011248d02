import { useState } from 'react'
import type { Config } from '../../domain/config/schema'
import { allExportFiles } from '../../domain/export/export-files'
import { zipFiles } from '../../domain/export/zip'
import { downloadBytes } from '../../lib/download'

/** Every document, every format and the configuration, in one .zip named after the role. */
export function DownloadAllButton({ config }: { config: Config | null }) {
  const [feedback, setFeedback] = useState('')

  function downloadAll() {
    if (config === null) return
    const files = allExportFiles(config)
    const fileName = `${config.roleName}.zip`
    downloadBytes(fileName, zipFiles(config.roleName, files), 'application/zip')
    setFeedback(`Downloaded ${fileName} (${files.length} files).`)
  }

  return (
    <>
      <button type="button" onClick={downloadAll} disabled={config === null}>
        Download all (.zip)
      </button>
      <p role="status" className="feedback">
        {feedback}
      </p>
    </>
  )
}
