import { useId, useState } from 'react'
import { LazyJsonEditor } from '../../components/lazy-json-editor'
import type { DocumentId, NamedDocument } from '../../domain/documents/document-list'
import type { RoleDocuments } from '../../domain/documents/role-documents'
import { formatPolicy } from '../../domain/iam/policy'
import { DocumentActions } from './document-actions'
import { TrustNotes } from './trust-notes'

interface DocumentViewProps {
  documents: NamedDocument[]
  role: RoleDocuments
}

export function DocumentView({ documents, role }: DocumentViewProps) {
  const { managedPolicyArns } = role
  const selectId = useId()
  const [selectedId, setSelectedId] = useState<DocumentId>('permissions-policy')
  const selected = documents.find((d) => d.id === selectedId) ?? documents[0]
  if (!selected) return null
  const json = selected.document ? formatPolicy(selected.document) : null

  return (
    <div className="document-view">
      <div className="document-toolbar">
        <label htmlFor={selectId}>Document</label>
        <select id={selectId} value={selected.id} onChange={(event) => setSelectedId(event.target.value as DocumentId)}>
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </select>
        <DocumentActions label={selected.label} fileName={selected.fileName} json={json} />
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
      {json !== null ? (
        <div className="editor-frame">
          <LazyJsonEditor value={json} ariaLabel={`${selected.label} JSON (read-only)`} />
        </div>
      ) : (
        <p className="document-absent">{selected.absentReason}</p>
      )}
    </div>
  )
}
