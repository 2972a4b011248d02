import type { Config } from '../config/schema'
import { validateConfig, type FieldProblem } from '../config/validate-config'
import { listDocuments, type NamedDocument } from '../documents/document-list'
import type { RoleDocuments } from '../documents/role-documents'
import type { RiskWarning } from '../risks/risk'
import { buildRoleDocuments } from './build-role-documents'

/** The risk rules (assessRisks): passed in, so a caller that shows documents first need not load them. */
export type RiskAssessor = (config: Config, documents: RoleDocuments) => RiskWarning[]

export type DerivedRole =
  /** `risks` is null when no assessor was given: the warnings are not known yet. */
  | { ok: true; config: Config; documents: RoleDocuments; named: NamedDocument[]; risks: RiskWarning[] | null }
  | { ok: false; problems: FieldProblem[] }

/** Everything the preview shows, from whatever the form holds right now. Never throws. */
export function deriveRole(values: unknown, assess?: RiskAssessor): DerivedRole {
  const checked = validateConfig(values)
  return checked.ok ? deriveValidRole(checked.value, assess) : checked
}

/** The same, from answers already known to pass every rule (checked on the way in, as a link's are). */
export function deriveValidRole(config: Config, assess?: RiskAssessor): DerivedRole {
  const documents = buildRoleDocuments(config)
  return {
    ok: true,
    config,
    documents,
    named: listDocuments(config, documents),
    risks: assess ? assess(config, documents) : null,
  }
}
