import type { Config } from '../domain/config/schema'
import { allExportFiles, type ExportFile } from '../domain/export/export-files'
import { describeQuotaMeasure, listQuotaBreaches, measureQuotas } from '../domain/quota/measure-quotas'
import { assessRisks } from '../domain/risks/assess-risks'
import { buildRoleDocuments } from '../domain/role/build-role-documents'
import { editProblems, withEdits } from '../domain/edits/document-edits'
import type { Format } from './parse-arguments'

/** A file to write, relative to --out. */
export interface OutputFile {
  path: string
  text: string
  mode: number
}

/** What one configuration would write, and what stops or warns before it is written. */
export interface RolePlan {
  name: string
  roleName: string
  files: OutputFile[]
  breaches: string[]
  warnings: string[]
}

function selectFiles(config: Config, format: Format): ExportFile[] {
  const files = allExportFiles(config)
  if (format === 'all') return files
  if (format === 'json') return files.filter((f) => f.language === 'json' && f.id !== 'config')
  return files.filter((f) => f.id === format)
}

/** The files of one role (in `<role-name>/` when grouped), its quota breaches and its warnings. */
export function planRole(name: string, config: Config, format: Format, grouped: boolean): RolePlan {
  const documents = buildRoleDocuments(config)
  const folder = grouped ? `${config.roleName}/` : ''
  return {
    name,
    roleName: config.roleName,
    files: selectFiles(config, format).map((file) => ({
      path: `${folder}${file.fileName}`,
      text: file.text,
      mode: file.language === 'shell' ? 0o755 : 0o644,
    })),
    // An edited document that is not JSON stops the run like a quota breach; edited documents are measured as edited.
    breaches: [
      ...editProblems(config, documents),
      ...listQuotaBreaches(measureQuotas(config.target, withEdits(config, documents).documents)).map(describeQuotaMeasure),
    ],
    // A breach stops the run before warnings are shown, so its own warning never doubles the error.
    warnings: assessRisks(config, documents).map((risk) => `${risk.title} — ${risk.field}`),
  }
}

/** Two configurations for one role name would write the same folder (IAM ignores case, and so do some disks). */
export function findDuplicateRoles(plans: readonly RolePlan[]): string[] {
  const seen = new Map<string, RolePlan>()
  const messages: string[] = []
  for (const plan of plans) {
    const first = seen.get(plan.roleName.toLowerCase())
    if (first) messages.push(`${first.name} and ${plan.name} both describe role "${plan.roleName}"; give each role its own name`)
    else seen.set(plan.roleName.toLowerCase(), plan)
  }
  return messages
}
