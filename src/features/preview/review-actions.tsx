import type { Config } from '../../domain/config/schema'
import { copyText } from '../../lib/clipboard'
import { downloadAllFiles, EXPORTS_UNAVAILABLE } from './download-all'
import { loadExportModule } from './use-export-module'

interface ReviewActionsProps {
  config: Config
  /** Says what an action did, in the review step's one status line. */
  onStatus: (message: string) => void
}

/** The journey's last step: the whole role in one .zip, or the AWS CLI script on the clipboard. */
export function ReviewActions({ config, onStatus }: ReviewActionsProps) {
  async function copyScript() {
    let exports
    try {
      exports = await loadExportModule()
    } catch {
      onStatus(EXPORTS_UNAVAILABLE)
      return
    }
    const [problem] = exports.exportProblems(config)
    if (problem !== undefined) {
      onStatus(`Nothing copied. ${problem}`)
      return
    }
    const script = exports.renderExports(config).find((file) => file.id === 'aws-cli')
    if (!script) return
    onStatus(
      (await copyText(script.text))
        ? `Copied the AWS CLI script to the clipboard: save it as ${script.fileName}, then run bash ${script.fileName} --dry-run to see what it would change.`
        : 'The browser blocked the clipboard; download the files instead.',
    )
  }

  return (
    <section className="review-actions" aria-label="Get the role">
      <button type="button" className="primary" onClick={() => void downloadAllFiles(config).then(onStatus)}>
        Download the role (.zip)
      </button>
      <button type="button" onClick={() => void copyScript()}>
        Copy the AWS CLI script
      </button>
    </section>
  )
}
