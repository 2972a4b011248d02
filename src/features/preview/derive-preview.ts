import type { Config } from '../../domain/config/schema'
import type { FieldProblem } from '../../domain/config/validate-config'
import { explainStatements, type StatementNote } from '../../domain/documents/statement-notes'
import type { TrustMerge } from '../../domain/eks/trust-merge'
import type { RiskWarning } from '../../domain/risks/risk'
import { deriveRole, deriveValidRole, type DerivedRole } from '../../domain/role/derive-role'
import { documentItems, type ViewItem } from './view-items'

/** What the preview shows beside the documents' text: small, so a worker's reply stays cheap to read. */
export interface PreviewNotes {
  managedPolicyArns: string[]
  /** EMR on EKS: the AWS CLI commands that write the same job trust statements. */
  cliCommands: string[]
  /** EMR on EKS: the counts of a merge into a pasted trust policy, if one was pasted. */
  trustMerge: Pick<TrustMerge, 'appended' | 'alreadyPresent'> | null
  /** Why the permissions policy's less obvious statements are there. */
  statementNotes: StatementNote[]
}

export type PreviewRole =
  | { ok: true; config: Config; notes: PreviewNotes; risks: RiskWarning[] }
  | { ok: false; problems: FieldProblem[] }

/**
 * What the preview shows for one state of the answers: the role (or the problems) and each document's text.
 * The documents themselves (objects of thousands of statements with 10,000 buckets) stay where they were made:
 * the page needs their text, not them.
 */
export interface DerivedPreview {
  role: PreviewRole
  /** The JSON documents, formatted; empty while the answers have problems. */
  items: ViewItem[]
}

/** Derives the role and formats its documents: pure, the same in the page and in the preview's worker. */
export function derivePreview(values: unknown): DerivedPreview {
  return previewOf(deriveRole(values))
}

/** The preview of answers already known to pass every rule: the same result, without checking them again. */
export function derivePreviewOfValid(config: Config): DerivedPreview {
  return previewOf(deriveValidRole(config))
}

function previewOf(role: DerivedRole): DerivedPreview {
  if (!role.ok) return { role, items: [] }
  const { config, documents, named, risks } = role
  const { managedPolicyArns, cliCommands, trustMerge } = documents
  const notes: PreviewNotes = {
    managedPolicyArns,
    cliCommands,
    trustMerge: trustMerge && { appended: trustMerge.appended, alreadyPresent: trustMerge.alreadyPresent },
    statementNotes: explainStatements(documents.permissionsPolicy),
  }
  return { role: { ok: true, config, notes, risks }, items: documentItems(named) }
}
