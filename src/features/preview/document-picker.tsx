import { useId } from 'react'
import { EXPORT_ITEMS, type ViewItem } from './view-items'

interface DocumentPickerProps {
  items: readonly ViewItem[]
  selectedId: string
  onSelect: (id: string) => void
}

/** "Document": the JSON documents (an edited one says so), then the deployable exports. */
export function DocumentPicker({ items, selectedId, onSelect }: DocumentPickerProps) {
  const selectId = useId()
  return (
    <>
      <label htmlFor={selectId}>Document</label>
      <select id={selectId} value={selectedId} onChange={(event) => onSelect(event.target.value)}>
        <optgroup label="IAM documents (JSON)">
          {items.map((d) => (
            <option key={d.id} value={d.id}>
              {d.generatedText !== undefined ? `${d.label} (edited)` : d.label}
            </option>
          ))}
        </optgroup>
        <optgroup label="Deploy the whole role">
          {EXPORT_ITEMS.map((e) => (
            <option key={e.id} value={e.id}>
              {e.label}
            </option>
          ))}
        </optgroup>
      </select>
    </>
  )
}
