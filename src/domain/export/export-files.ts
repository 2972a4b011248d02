import type { Config } from '../config/schema'
import { placeholderContext, resolveRoleContext, type RoleContext } from '../context/role-context'
import type { RoleDocuments } from '../documents/role-documents'
import { listDocuments } from '../documents/document-list'
import { formatPolicy } from '../iam/policy'
import { buildRoleDocuments } from '../role/build-role-documents'
import { editProblems, editsOf, withEdits } from '../edits/document-edits'
import { exportConfigFile } from '../share/config-file'
import { renderAwsCli } from './render-aws-cli'
import { renderCloudFormation } from './render-cloudformation'
import { renderTerraform } from './render-terraform'
import { buildRoleBundle, type RoleBundle } from './role-bundle'

export const EXPORT_FORMATS = ['aws-cli', 'cloudformation', 'terraform'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]
export type ExportLanguage = 'json' | 'shell' | 'yaml' | 'hcl'

export interface ExportFile {
  id: string
  label: string
  fileName: string
  language: ExportLanguage
  text: string
}

/** The role in each deployable format; `documents` are the role's own, when the caller has built them already. */
export function renderExports(config: Config, documents: RoleDocuments = buildRoleDocuments(config)): ExportFile[] {
  const bundle = editedBundle(config, resolveRoleContext(config), documents)
  const template = editedBundle(config, placeholderContext(config))
  const name = config.roleName
  return [
    { id: 'aws-cli', label: 'AWS CLI script', fileName: `create-${name}.sh`, language: 'shell', text: renderAwsCli(bundle) },
    { id: 'cloudformation', label: 'CloudFormation', fileName: `${name}.cfn.yaml`, language: 'yaml', text: renderCloudFormation(template) },
    { id: 'terraform', label: 'Terraform', fileName: `${name}.tf`, language: 'hcl', text: renderTerraform(bundle) },
  ]
}

/** Why the role cannot be exported as it stands (an edited document that is not JSON), or nothing. */
export function exportProblems(config: Config, documents: RoleDocuments = buildRoleDocuments(config)): string[] {
  return editProblems(config, documents)
}

/**
 * The bundle with the person's edited documents in place of the generated ones. An edited trust policy replaces
 * the role's trust as written (the EMR on EKS merge applies to the generated statements only). Edited documents
 * are written as typed: CloudFormation gets them literally, with the account and region they name.
 */
export function editedBundle(config: Config, context: RoleContext = resolveRoleContext(config), documents: RoleDocuments = buildRoleDocuments(config, context)): RoleBundle {
  const { documents: edited, edited: ids } = withEdits(config, documents)
  const bundle = buildRoleBundle(config, context, edited)
  if (!ids.has('trust-policy')) return bundle
  const statements = (edited.trustPolicy as { Statement?: unknown }).Statement
  const trustStatements = (Array.isArray(statements) ? statements : [statements]) as RoleBundle['trustStatements']
  return { ...bundle, trustStatements, trustUpdate: 'replace' as const }
}

/** Every document and every format, plus the configuration itself: what "Download all" and the generator write. */
export function allExportFiles(config: Config): ExportFile[] {
  const built = buildRoleDocuments(config)
  const edits = editsOf(config)
  // An edited document is downloaded as the person typed it.
  const documents = listDocuments(config, built).flatMap((d) =>
    d.document === null
      ? []
      : [{ id: d.id, label: d.label, fileName: d.fileName, language: 'json' as const, text: edits.get(d.id) ?? formatPolicy(d.document) }],
  )
  const configFile: ExportFile = {
    id: 'config',
    label: 'Configuration',
    fileName: `${config.roleName}-config.json`,
    language: 'json',
    text: exportConfigFile(config),
  }
  return [...documents, ...renderExports(config, built), configFile]
}
