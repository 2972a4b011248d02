import { useId, useMemo, useState } from 'react'
import { LazyCodeEditor } from '../../components/lazy-code-editor'
import type { Config } from '../../domain/config/schema'
import type { NamedDocument } from '../../domain/documents/document-list'
import type { RoleDocuments } from '../../domain/documents/role-documents'
import { DocumentActions } from './document-actions'
import { StatementNotes } from './statement-notes'
import { TrustNotes } from './trust-notes'
import { documentItems, EXPORT_ITEMS, exportItem } from './view-items'

interface DocumentViewProps {
  config: Config
  documents: NamedDocument[]
  role: RoleDocuments
}

export function DocumentView({ config, documents, role }: DocumentViewProps) {
  const selectId = useId()
  const [selectedId, setSelectedId] = useState<string>('permissions-policy')
  const items = useMemo(() => documentItems(documents), [documents])
  const isExport = EXPORT_ITEMS.some((e) => e.id === selectedId)
  const exported = useMemo(() => (isExport ? exportItem(config, selectedId) : undefined), [config, isExport, selectedId])
  const selected = exported ?? items.find((d) => d.id === selectedId) ?? items[0]
  if (!selected) return null
  const { managedPolicyArns } = role

  return (
    <div className="document-view">
      <div className="document-toolbar">
        <label htmlFor={selectId}>Document</label>
        <select id={selectId} value={selected.id} onChange={(event) => setSelectedId(event.target.value)}>
          <optgroup label="IAM documents (JSON)">
            {items.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
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
        <DocumentActions label={selected.label} fileName={selected.fileName} text={selected.text} />
      </div>
      {selected.id === 'permissions-policy' && managedPolicyArns.length > 0 && (
        <div className="managed-policies" aria-label="Attached managed policies" role="region">
          <h3>Attached managed policies</h3>
          <ul>
            {managedPolicyArns.map((arn) => (
              <li key={arn}>
                <code>{arn}</code>
              </li>
            ))}
          </ul>
          <p className="field-hint">Attach these to the role beside the inline permissions policy below.</p>
        </div>
      )}
      {selected.id === 'trust-policy' && <TrustNotes documents={role} />}
      {selected.id === 'permissions-policy' && <StatementNotes document={role.permissionsPolicy} />}
      {selected.text !== null ? (
        <div className="editor-frame" data-language={selected.language}>
          <LazyCodeEditor value={selected.text} language={selected.language} ariaLabel={`${selected.label} (read-only)`} />
        </div>
      ) : (
        <p className="document-absent">{selected.absentReason}</p>
      )}
    </div>
  )
}
