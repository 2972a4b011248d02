import type { DocumentId } from '../documents/document-list'
import type { DocumentKind, TextEdit } from './finding'

/** A document text with a fix's edits applied (edits do not overlap; applied from the end so offsets hold). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text)
}

/** Which checks a generated document gets: the PassRole and StartJobRun policies are the submitters'. */
export function documentKindOf(id: DocumentId): DocumentKind {
  if (id === 'trust-policy') return 'trust'
  if (id === 'permissions-policy') return 'permissions'
  return 'submitter'
}
