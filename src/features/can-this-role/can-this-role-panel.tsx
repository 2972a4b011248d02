import { useId, useMemo, useState } from 'react'
import type { Config } from '../../domain/config/schema'
import { evaluatePolicies } from '../../domain/evaluate/evaluate-policies'
import type { EvaluationRequest } from '../../domain/evaluate/types'
import type { ViewItem } from '../preview/view-items'
import { PermissionsFields, TrustFields } from './question-fields'
import { VerdictView } from './verdict-view'
import { documentsFromItems, examplePermissionsQuestion, exampleTrustQuestion, permissionsRequest, trustRequest, type CheckDocument } from './questions'
import './can-this-role.css'

/** The preview's generated documents, read as the checker reads any documents. */
export function CanThisRoleFromItems({ config, items }: { config: Config; items: ViewItem[] }) {
  const documents = useMemo(() => documentsFromItems(items), [items])
  return <CanThisRolePanel config={config} documents={documents} />
}

type Mode = 'permissions' | 'trust'

/**
 * Asks the role's documents a question: may this action be done on this resource (the permissions policy), or
 * may this principal assume the role (the trust policy)? The answer is computed during render, so it always
 * follows both the question and the documents (edited ones included, given through `documents`).
 */
export function CanThisRolePanel({ config, documents }: { config: Config; documents: readonly CheckDocument[] }) {
  const id = useId()
  const [mode, setMode] = useState<Mode>('permissions')
  const [permissions, setPermissions] = useState(() => examplePermissionsQuestion(config))
  const [trust, setTrust] = useState(() => exampleTrustQuestion(config))
  const request: EvaluationRequest = useMemo(() => (mode === 'permissions' ? permissionsRequest(permissions) : trustRequest(trust)), [mode, permissions, trust])
  const policies = useMemo(
    () => documents.filter((d) => d.kind === mode).map((d) => ({ name: d.label, document: d.document })),
    [documents, mode],
  )
  const evaluation = useMemo(() => evaluatePolicies(policies, request), [policies, request])
  return (
    <div className="can-this-role-panel">
      <fieldset className="can-this-role-modes">
        <legend>Ask about</legend>
        {(['permissions', 'trust'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name={`${id}-mode`} value={value} checked={mode === value} onChange={() => setMode(value)} />
            {value === 'permissions' ? 'Permissions (what the role may do)' : 'Trust (who may assume the role)'}
          </label>
        ))}
      </fieldset>
      {mode === 'permissions' ? (
        <PermissionsFields idPrefix={id} question={permissions} onChange={setPermissions} />
      ) : (
        <TrustFields idPrefix={id} question={trust} onChange={setTrust} />
      )}
      <VerdictView evaluation={evaluation} empty={policies.length === 0} />
    </div>
  )
}
