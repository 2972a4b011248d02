import type { Config } from '../../domain/config/schema'
import type { NamedDocument } from '../../domain/documents/document-list'
import { renderExports, type ExportLanguage } from '../../domain/export/export-files'
import { formatPolicy } from '../../domain/iam/policy'

/** One entry of the preview's selector: a JSON document or a deployable export. */
export interface ViewItem {
  id: string
  label: string
  fileName: string
  language: ExportLanguage
  /** Null when the configuration has no such document; `absentReason` says why. */
  text: string | null
  absentReason: string
}

export const EXPORT_ITEMS = [
  { id: 'aws-cli', label: 'AWS CLI script' },
  { id: 'cloudformation', label: 'CloudFormation' },
  { id: 'terraform', label: 'Terraform' },
] as const

export function documentItems(documents: readonly NamedDocument[]): ViewItem[] {
  return documents.map((d) => ({
    id: d.id,
    label: d.label,
    fileName: d.fileName,
    language: 'json',
    text: d.document ? formatPolicy(d.document) : null,
    absentReason: d.absentReason,
  }))
}

/** Renders the exports only when one of them is on show: they are the costly part with many buckets. */
export function exportItem(config: Config, id: string): ViewItem | undefined {
  const file = renderExports(config).find((f) => f.id === id)
  return file && { ...file, absentReason: '' }
}
