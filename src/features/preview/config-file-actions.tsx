import { useId, useState, type ChangeEvent } from 'react'
import { useFormContext } from 'react-hook-form'
import type { Config, ConfigInput } from '../../domain/config/schema'
import { CONFIG_SCHEMA_FILE, exportConfigFile, parseConfigFile } from '../../domain/share/config-file'
import { downloadText } from '../../lib/download'
import { DownloadAllButton } from './download-all-button'

export interface ImportProblem {
  title: string
  reason: string
  problems: string[]
}

interface ConfigFileActionsProps {
  config: Config | null
  onImportProblem: (problem: ImportProblem | null) => void
}

/** Export the configuration as a JSON file, or import one, checked like a share link. */
export function ConfigFileActions({ config, onImportProblem }: ConfigFileActionsProps) {
  const inputId = useId()
  const { reset } = useFormContext<ConfigInput>()
  const [feedback, setFeedback] = useState('')

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
    const result = parseConfigFile(await file.text())
    if (result.ok) {
      reset(result.value)
      onImportProblem(null)
      setFeedback(`Imported ${file.name}.`)
    } else {
      onImportProblem({ title: `${file.name} could not be imported`, reason: result.reason, problems: result.problems })
      setFeedback('')
    }
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
      <p role="status" className="feedback">
        {feedback}
      </p>
    </div>
  )
}
