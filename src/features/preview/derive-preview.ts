import type { Config } from '../../domain/config/schema'
import type { FieldProblem } from '../../domain/config/validate-config'
import type { TrustMerge } from '../../domain/eks/trust-merge'
import type { RiskWarning } from '../../domain/risks/risk'
import { deriveRole, deriveValidRole, type DerivedRole, type RiskAssessor } from '../../domain/role/derive-role'
import { draftConfig, type Placeholder } from '../../domain/draft/draft-config'
import { editsOf } from '../../domain/edits/document-edits'
import { documentItems, type ViewItem } from './view-items'

/** What the preview shows beside the documents' text: small, so a worker's reply stays cheap to read. */
export interface PreviewNotes {
  managedPolicyArns: string[]
  /** EMR on EKS: the AWS CLI commands that write the same job trust statements. */
  cliCommands: string[]
  /** EMR on EKS: the counts of a merge into a pasted trust policy, if one was pasted. */
  trustMerge: Pick<TrustMerge, 'appended' | 'alreadyPresent'> | null
}

export type PreviewRole =
  /** `risks` is null until the risk rules have run (the page's first documents come without them). */
  | { ok: true; config: Config; notes: PreviewNotes; risks: RiskWarning[] | null }
  | { ok: false; problems: FieldProblem[]; draft: DraftPreview | null }

/**
 * The documents of answers that miss only what placeholders can stand for (see domain/draft): shown so the
 * first screen has documents, never copied or downloaded as they are.
 */
export interface DraftPreview {
  placeholders: Placeholder[]
  /** The answers with the placeholders in; a worker leaves it out of its reply (the page fills it in again). */
  config: Config
  notes: PreviewNotes
}

/**
 * What the preview shows for one state of the answers: the role (or the problems) and each document's text.
 * The documents themselves (objects of thousands of statements with 10,000 buckets) stay where they were made:
 * the page needs their text, not them.
 */
export interface DerivedPreview {
  role: PreviewRole
  /** The JSON documents, formatted: of the draft while the answers have problems, and empty if there is none. */
  items: ViewItem[]
}

/**
 * Derives the role and formats its documents: pure, the same in the page and in the preview's worker. The
 * warnings come with it when `assess` (the risk rules) is given: the worker's previews have them; the page's
 * first documents are shown without waiting for the rules' code.
 */
export function derivePreview(values: unknown, assess?: RiskAssessor): DerivedPreview {
  const role = deriveRole(values, assess)
  if (role.ok) return previewOf(role)
  const draft = draftConfig(values, role.problems)
  const drafted = draft && deriveValidRole(draft.config)
  if (!draft || !drafted?.ok) return { role: { ...role, draft: null }, items: [] }
  const notes = notesOf(drafted)
  return { role: { ...role, draft: { placeholders: draft.placeholders, config: draft.config, notes } }, items: documentItems(drafted.named, editsOf(draft.config)) }
}

/** The preview of answers already known to pass every rule: the same result, without checking them again. */
export function derivePreviewOfValid(config: Config, assess?: RiskAssessor): DerivedPreview {
  const role = deriveValidRole(config, assess)
  return role.ok ? previewOf(role) : { role: { ...role, draft: null }, items: [] }
}

function previewOf(role: Extract<DerivedRole, { ok: true }>): DerivedPreview {
  return { role: { ok: true, config: role.config, notes: notesOf(role), risks: role.risks }, items: documentItems(role.named, editsOf(role.config)) }
}

function notesOf({ documents }: Extract<DerivedRole, { ok: true }>): PreviewNotes {
  const { managedPolicyArns, cliCommands, trustMerge } = documents
  return {
    managedPolicyArns,
    cliCommands,
    trustMerge: trustMerge && { appended: trustMerge.appended, alreadyPresent: trustMerge.alreadyPresent },
  }
}
