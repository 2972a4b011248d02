import { lazy, Suspense, useId, useState, type ChangeEvent } from 'react'
import type { Config } from '../../domain/config/schema'
import { CONFIG_SCHEMA_FILE, exportConfigFile, openConfigFile } from '../../domain/share/config-file'
import { configFileTooLargeProblem, INPUT_LIMITS } from '../../domain/share/input-limits'
import { failure, type OpenResult } from '../../domain/share/share-codec'
import { downloadText } from '../../lib/download'
import { DownloadAllButton } from './download-all-button'

// Loaded when asked for: the role readers (YAML and Terraform included) stay out of the first load.
const StartFromRoleDialog = lazy(() => import('../import-role/start-from-role-dialog').then((m) => ({ default: m.StartFromRoleDialog })))
const PASTED_ROLE = 'The pasted role'

interface ConfigFileActionsProps {
  config: Config | null
  /** Loads what a chosen file holds into the form, or says why it cannot. */
  onImport: (fileName: string, opened: OpenResult) => void
}

/** Export the configuration as a JSON file, or import one, checked like a share link. */
export function ConfigFileActions({ config, onImport }: ConfigFileActionsProps) {
  const inputId = useId()
  const [feedback, setFeedback] = useState('')
  const [startingFromRole, setStartingFromRole] = useState(false)
  const [pastedRole, setPastedRole] = useState('')

  function exportFile() {
    if (config === null) return
    const fileName = `${config.roleName}-config.json`
    downloadText(fileName, exportConfigFile(config, new URL(CONFIG_SCHEMA_FILE, window.location.href).href))
    setFeedback(`Exported ${fileName}.`)
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    // Checked before reading: a file of many megabytes would otherwise hold up the page while it is parsed.
    const opened = file.size > INPUT_LIMITS.configFileBytes ? failure(configFileTooLargeProblem(file.size)) : openConfigFile(await file.text())
    onImport(file.name, opened)
    setFeedback(opened.ok ? `Imported ${file.name}.` : '')
  }

  return (
    <div className="config-file">
      <DownloadAllButton config={config} />
      <button type="button" onClick={exportFile} disabled={config === null}>
        Export configuration
      </button>
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        onChange={(event) => void importFile(event)}
      />
      <label htmlFor={inputId} className="button-like">
        Import configuration
      </label>
      <button type="button" onClick={() => setStartingFromRole(true)}>
        Start from an existing role
      </button>
      {startingFromRole && (
        <Suspense fallback={null}>
          <StartFromRoleDialog
            text={pastedRole}
            onTextChange={setPastedRole}
            onClose={() => setStartingFromRole(false)}
            onStart={(opened) => {
              setStartingFromRole(false)
              onImport(PASTED_ROLE, opened)
              setFeedback('Started from the pasted role.')
            }}
          />
        </Suspense>
      )}
      <p role="status" className="feedback">
        {feedback}
      </p>
    </div>
  )
}
