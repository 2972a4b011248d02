import type { PrincipalType } from '../../domain/evaluate/types'
import type { PermissionsQuestion, TrustQuestion } from './questions'

interface InputProps {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  hint?: string
  multiline?: boolean
}

/** A labelled text box (or area) with an optional hint tied to it. */
function Input({ id, label, value, onChange, hint, multiline = false }: InputProps) {
  const described = hint ? `${id}-hint` : undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} rows={3} value={value} spellCheck={false} aria-describedby={described} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} type="text" value={value} spellCheck={false} autoCapitalize="off" aria-describedby={described} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <p id={described} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  )
}

const CONTEXT_HINT = 'One key=value a line, e.g. aws:SecureTransport=true; give a key twice for several values.'

export function PermissionsFields({ idPrefix, question, onChange }: { idPrefix: string; question: PermissionsQuestion; onChange: (q: PermissionsQuestion) => void }) {
  const set = (key: keyof PermissionsQuestion) => (value: string) => onChange({ ...question, [key]: value })
  return (
    <>
      <Input id={`${idPrefix}-action`} label="Action" value={question.action} onChange={set('action')} hint="e.g. s3:PutObject" />
      <Input id={`${idPrefix}-resource`} label="Resource (ARN)" value={question.resource} onChange={set('resource')} />
      <Input id={`${idPrefix}-context`} label="Request context keys (optional)" value={question.context} onChange={set('context')} hint={CONTEXT_HINT} multiline />
    </>
  )
}

const PRINCIPAL_TYPES: { value: PrincipalType; label: string }[] = [
  { value: 'Service', label: 'Service' },
  { value: 'Federated', label: 'Federated (OIDC provider)' },
  { value: 'AWS', label: 'AWS (account, role or user)' },
  { value: '*', label: 'Anyone (anonymous)' },
]

export function TrustFields({ idPrefix, question, onChange }: { idPrefix: string; question: TrustQuestion; onChange: (q: TrustQuestion) => void }) {
  const set = (key: keyof TrustQuestion) => (value: string) => onChange({ ...question, [key]: value })
  const typeId = `${idPrefix}-principal-type`
  const forPods = question.principalType === 'Service' && question.principal.trim() === 'pods.eks.amazonaws.com'
  return (
    <>
      <div className="field">
        <label htmlFor={typeId}>Principal type</label>
        <select id={typeId} value={question.principalType} onChange={(e) => onChange({ ...question, principalType: e.target.value as PrincipalType })}>
          {PRINCIPAL_TYPES.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <Input id={`${idPrefix}-principal`} label="Principal" value={question.principal} onChange={set('principal')} />
      <Input id={`${idPrefix}-trust-action`} label="Action" value={question.action} onChange={set('action')} hint="sts:AssumeRole, or sts:AssumeRoleWithWebIdentity for an OIDC provider" />
      {(question.principalType === 'Federated' || forPods) && (
        <>
          <Input id={`${idPrefix}-namespace`} label="Kubernetes namespace" value={question.namespace} onChange={set('namespace')} />
          <Input id={`${idPrefix}-service-account`} label="Service account" value={question.serviceAccount} onChange={set('serviceAccount')} hint={forPods ? 'Sent as the session tags kubernetes-namespace and kubernetes-service-account.' : 'Sent as <issuer>:sub = system:serviceaccount:<namespace>:<service account>.'} />
        </>
      )}
      {question.principalType === 'Service' && !forPods && (
        <>
          <Input id={`${idPrefix}-source-account`} label="aws:SourceAccount" value={question.sourceAccount} onChange={set('sourceAccount')} />
          <Input id={`${idPrefix}-source-arn`} label="aws:SourceArn" value={question.sourceArn} onChange={set('sourceArn')} />
        </>
      )}
      <Input id={`${idPrefix}-trust-context`} label="Other request context keys (optional)" value={question.context} onChange={set('context')} hint={CONTEXT_HINT} multiline />
    </>
  )
}
