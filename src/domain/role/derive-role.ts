import type { Config } from '../config/schema'
import { validateConfig, type FieldProblem } from '../config/validate-config'
import { listDocuments, type NamedDocument } from '../documents/document-list'
import type { RoleDocuments } from '../documents/role-documents'
import { assessRisks } from '../risks/assess-risks'
import type { RiskWarning } from '../risks/risk'
import { buildRoleDocuments } from './build-role-documents'

export type DerivedRole =
  | { ok: true; config: Config; documents: RoleDocuments; named: NamedDocument[]; risks: RiskWarning[] }
  | { ok: false; problems: FieldProblem[] }

/** Everything the preview shows, from whatever the form holds right now. Never throws. */
export function deriveRole(values: unknown): DerivedRole {
  const checked = validateConfig(values)
  return checked.ok ? deriveValidRole(checked.value) : checked
}

/** The same, from answers already known to pass every rule (checked on the way in, as a link's are). */
export function deriveValidRole(config: Config): DerivedRole {
  const documents = buildRoleDocuments(config)
  return {
    ok: true,
    config,
    documents,
    named: listDocuments(config, documents),
    risks: assessRisks(config, documents),
  }
}
