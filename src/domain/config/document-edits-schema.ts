import { z } from 'zod/mini'

/** The JSON documents a person can edit in the preview, by the id the preview and downloads use. */
export const EDITABLE_DOCUMENTS = ['permissions-policy', 'trust-policy', 'passrole-policy', 'startjobrun-policy'] as const
export type EditableDocument = (typeof EDITABLE_DOCUMENTS)[number]

/** The submitters' document belongs to one target: PassRole to EMR Serverless, StartJobRun to EMR on EKS. */
const ONLY_FOR: Partial<Record<EditableDocument, DocumentEdit['target']>> = { 'passrole-policy': 'serverless', 'startjobrun-policy': 'eks' }

/**
 * A document as the person edited it: the raw text, kept as typed (even while it is not valid JSON, so nothing
 * typed is lost), for one target, so the EMR Serverless trust policy's edits never land on EMR on EKS's.
 */
export const documentEditSchema = z.object({
  target: z.enum(['serverless', 'eks']),
  document: z.enum(EDITABLE_DOCUMENTS),
  text: z.string(),
})

/**
 * Absent while no document is edited, so every configuration, link and file made without edits stays as it was
 * (no migration: an older reader never sees the key, a newer one reads its absence as "none edited").
 */
export const documentEditsSchema = z.optional(z.array(documentEditSchema))

export type DocumentEdit = z.output<typeof documentEditSchema>

/** Each edit names a document of its own target, and each document is edited once. */
export function documentEditProblems(edits: readonly DocumentEdit[]): { index: number; message: string }[] {
  const seen = new Set<string>()
  return edits.flatMap((edit, index) => {
    const owner = ONLY_FOR[edit.document]
    const key = `${edit.target}/${edit.document}`
    const problem =
      owner !== undefined && owner !== edit.target
        ? `The ${edit.document} is not a document of ${edit.target === 'eks' ? 'EMR on EKS' : 'EMR Serverless'} roles.`
        : seen.has(key)
          ? `The ${edit.document} of ${edit.target} is edited twice; keep one edit.`
          : undefined
    seen.add(key)
    return problem === undefined ? [] : [{ index, message: problem }]
  })
}
