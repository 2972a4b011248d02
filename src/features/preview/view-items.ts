import type { Config } from '../../domain/config/schema'
import type { NamedDocument } from '../../domain/documents/document-list'
import type { ExportLanguage } from '../../domain/export/export-files'
import { formatPolicy, nonWhiteSpaceLength, policySize } from '../../domain/iam/policy'
import type { ExportModule } from './use-export-module'

/** One entry of the preview's selector: a JSON document or a deployable export. */
export interface ViewItem {
  id: string
  label: string
  fileName: string
  language: ExportLanguage
  /** Null when the configuration has no such document (or it is not ready yet); `absentReason` says why. */
  text: string | null
  absentReason: string
  /** A JSON document the person edited: `text` is theirs, this is what the answers write. */
  generatedText?: string
  /** A JSON document's characters other than white space (IAM's count against its quota), counted where it was made. */
  size?: number
}

export const EXPORT_ITEMS = [
  { id: 'aws-cli', label: 'AWS CLI script', noun: 'AWS CLI script' },
  { id: 'cloudformation', label: 'CloudFormation', noun: 'CloudFormation template' },
  { id: 'terraform', label: 'Terraform', noun: 'Terraform configuration' },
] as const

/** The JSON documents, each as the person edited it (`edits`, by id) or as generated. */
export function documentItems(documents: readonly NamedDocument[], edits: ReadonlyMap<string, string> = new Map()): ViewItem[] {
  return documents.map((d) => {
    const item: ViewItem = {
      id: d.id,
      label: d.label,
      fileName: d.fileName,
      language: 'json',
      text: d.document ? formatPolicy(d.document) : null,
      absentReason: d.absentReason,
      ...(d.document ? { size: policySize(d.document) } : {}),
    }
    const edited = edits.get(d.id)
    if (edited === undefined) return item
    if (item.text === null) return { ...item, absentReason: `${d.absentReason} Your edit of it is kept and comes back with it.` }
    return { ...item, text: edited, generatedText: item.text, size: nonWhiteSpaceLength(edited) }
  })
}

/** Renders the exports only when one of them is on show: they are the costly part with many buckets. */
export function exportItem(exports: ExportModule, config: Config, id: string): ViewItem | undefined {
  const [problem] = exports.exportProblems(config)
  const item = EXPORT_ITEMS.find((e) => e.id === id)
  if (problem !== undefined && item) return { id, label: item.label, fileName: '', language: 'json', text: null, absentReason: problem }
  const file = exports.renderExports(config).find((f) => f.id === id)
  return file && { ...file, absentReason: '' }
}

/** What the preview shows for an export whose code has not arrived yet, or could not be loaded. */
export function pendingExportItem(id: string, failed: boolean): ViewItem | undefined {
  const item = EXPORT_ITEMS.find((e) => e.id === id)
  return (
    item && {
      id: item.id,
      label: item.label,
      fileName: '',
      language: 'json',
      text: null,
      absentReason: failed
        ? `The ${item.noun} could not be loaded (is the connection down?). Reload the page to try again; the JSON documents above work without it.`
        : `Preparing the ${item.noun}…`,
    }
  )
}
