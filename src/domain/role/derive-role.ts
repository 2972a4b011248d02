import { configSchema, type Config } from '../config/schema'
import { listDocuments, type NamedDocument } from '../documents/document-list'
import type { RoleDocuments } from '../documents/role-documents'
import { assessRisks } from '../risks/assess-risks'
import type { RiskWarning } from '../risks/risk'
import { buildRoleDocuments } from './build-role-documents'

export interface FieldProblem {
  /** The react-hook-form path of the field, e.g. "buckets.2.name". */
  field: string
  message: string
}

export type DerivedRole =
  | { ok: true; config: Config; documents: RoleDocuments; named: NamedDocument[]; risks: RiskWarning[] }
  | { ok: false; problems: FieldProblem[] }

/** Everything the preview shows, from whatever the form holds right now. Never throws. */
export function deriveRole(values: unknown): DerivedRole {
  const parsed = configSchema.safeParse(values)
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })),
    }
  }
  const config = parsed.data
  const documents = buildRoleDocuments(config)
  return {
    ok: true,
    config,
    documents,
    named: listDocuments(config, documents),
    risks: assessRisks(config, documents),
  }
}
