import type { DocumentEdit, EditableDocument } from '../config/document-edits-schema'
import type { Target } from '../config/schema'

// Apart from document-edits.ts: the page's editor needs only this, the documents' code needs the rest.
/**
 * The edits with `id`'s text set (or removed with null, or when it is the generated text again), and undefined
 * when none is left: a configuration without edits has no `documentEdits` at all.
 */
export function setEdit(
  edits: readonly DocumentEdit[] | undefined,
  target: Target,
  id: EditableDocument,
  text: string | null,
  generatedText: string | null,
): DocumentEdit[] | undefined {
  const list = edits ?? []
  const at = list.findIndex((e) => e.target === target && e.document === id)
  const remove = text === null || text === generatedText
  // An edit keeps its place in the list, so a share link of the same edits reads the same.
  const next = remove
    ? list.filter((_, i) => i !== at)
    : at === -1
      ? [...list, { target, document: id, text }]
      : list.map((e, i) => (i === at ? { ...e, text } : e))
  return next.length === 0 ? undefined : next
}
