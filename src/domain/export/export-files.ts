import type { Config } from '../config/schema'
import { placeholderContext, resolveRoleContext } from '../context/role-context'
import type { RoleDocuments } from '../documents/role-documents'
import { listDocuments } from '../documents/document-list'
import { formatPolicy } from '../iam/policy'
import { buildRoleDocuments } from '../role/build-role-documents'
import { exportConfigFile } from '../share/config-file'
import { renderAwsCli } from './render-aws-cli'
import { renderCloudFormation } from './render-cloudformation'
import { renderTerraform } from './render-terraform'
import { buildRoleBundle } from './role-bundle'

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
  const bundle = buildRoleBundle(config, resolveRoleContext(config), documents)
  const template = buildRoleBundle(config, placeholderContext(config))
  const name = config.roleName
  return [
    { id: 'aws-cli', label: 'AWS CLI script', fileName: `create-${name}.sh`, language: 'shell', text: renderAwsCli(bundle) },
    { id: 'cloudformation', label: 'CloudFormation', fileName: `${name}.cfn.yaml`, language: 'yaml', text: renderCloudFormation(template) },
    { id: 'terraform', label: 'Terraform', fileName: `${name}.tf`, language: 'hcl', text: renderTerraform(bundle) },
  ]
}

/** Every document and every format, plus the configuration itself: what "Download all" and the generator write. */
export function allExportFiles(config: Config): ExportFile[] {
  const built = buildRoleDocuments(config)
  const documents = listDocuments(config, built).flatMap((d) =>
    d.document === null
      ? []
      : [{ id: d.id, label: d.label, fileName: d.fileName, language: 'json' as const, text: formatPolicy(d.document) }],
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
