import { useId } from 'react'
import { openConfigFile } from '../../domain/share/config-file'
import type { OpenResult } from '../../domain/share/share-codec'
import { PRESETS } from './presets'

interface PresetListProps {
  /** Loads a preset as Import configuration loads a file: the answers it replaces stay behind Undo. */
  onOpen: (fileName: string, opened: OpenResult) => void
}

/** The starting points, each a button with a sentence on what the role can do. */
export function PresetList({ onOpen }: PresetListProps) {
  const id = useId()
  return (
    <ul className="preset-list" aria-label="Examples">
      {PRESETS.map((preset, index) => (
        <li key={preset.file}>
          <button type="button" aria-describedby={`${id}-${index}`} onClick={() => onOpen(preset.file, openConfigFile(preset.text))}>
            {preset.title}
          </button>
          <p id={`${id}-${index}`} className="field-hint">
            {preset.description}
          </p>
        </li>
      ))}
    </ul>
  )
}
