import type { PolicyDocument } from '../iam/policy'
import type { RoleDocuments } from '../documents/role-documents'

import type { Config } from '../config/schema'
import { EDITABLE_DOCUMENTS, type EditableDocument } from '../config/document-edits-schema'

/** Every JSON document can be edited in the preview, so the two lists are one. */
export const DOCUMENT_IDS = EDITABLE_DOCUMENTS
export type DocumentId = EditableDocument

export interface NamedDocument {
  id: DocumentId
  label: string
  fileName: string
  /** Null when the configuration produces no such document; `absentReason` says why. */
  document: PolicyDocument | null
  absentReason: string
}

/** The documents a user can view, copy and download, in the order the selector shows them. */
export function listDocuments(config: Config, documents: RoleDocuments): NamedDocument[] {
  const { roleName } = config
  const named = (id: DocumentId, label: string, document: PolicyDocument | null, absentReason = '') => ({
    id,
    label,
    fileName: `${roleName}-${id}.json`,
    document,
    absentReason,
  })
  return [
    named(
      'permissions-policy',
      'Permissions policy',
      documents.permissionsPolicy,
      'This configuration grants nothing inline, so the role needs no permissions policy.',
    ),
    named('trust-policy', 'Trust policy', documents.trustPolicy),
    config.target === 'eks'
      ? named(
          'startjobrun-policy',
          'StartJobRun policy',
          documents.submitterPolicy,
          'The job submitters’ StartJobRun policy is turned off (step "Job submitters").',
        )
      : named(
          'passrole-policy',
          passRolePolicyLabel(documents.submitterPolicy),
          documents.submitterPolicy,
          'The job submitters’ PassRole policy is turned off (step "Trust and submitters").',
        ),
  ]
}

/**
 * The EMR Serverless submitters' policy's name: "PassRole and job-run policy" once it lets submitters run jobs
 * (its StartAndListJobRuns statement, job-runs/job-run-statements.ts).
 */
export function passRolePolicyLabel(document: PolicyDocument | null): string {
  return document?.Statement.some((statement) => statement.Sid === 'StartAndListJobRuns') ? 'PassRole and job-run policy' : 'PassRole policy'
}
