import type { Config } from '../config/schema'
import type { EditableDocument } from '../config/document-edits-schema'
import type { RoleDocuments } from '../documents/role-documents'
import type { PolicyDocument } from '../iam/policy'
import { firstNonIamCharacter } from '../share/input-limits'

/** An edited text read as JSON: a document the exports can write, or why not. */
export type ParsedEdit = { ok: true; document: PolicyDocument } | { ok: false; message: string }

/** The current target's edits, by document. */
export function editsOf(config: Pick<Config, 'target' | 'documentEdits'>): Map<EditableDocument, string> {
  return new Map((config.documentEdits ?? []).filter((e) => e.target === config.target).map((e) => [e.document, e.text]))
}

/**
 * Reads an edited text. Only a JSON object can be a policy document; anything else is kept as typed (nothing the
 * person wrote is lost) but cannot be exported until it is fixed or reset.
 */
export function parseEdit(text: string): ParsedEdit {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { ok: false, message: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, message: 'is not a JSON object' }
  // Checked on the text and on every string it holds, since a JSON escape ("\u2028") hides a character in the text.
  const bad = firstNonIamCharacter(text) ?? firstNonIamCharacter(stringsOf(value).join(''))
  if (bad !== undefined) {
    const code = `U+${bad.code.toString(16).toUpperCase().padStart(4, '0')}`
    return { ok: false, message: `holds a character IAM rejects (${code}): IAM takes only tabs, line breaks and U+0020 to U+00FF` }
  }
  // Edited documents are whatever the person wrote: the renderers only walk them as JSON, never rely on the
  // PolicyDocument shape; the checker's findings say what IAM would refuse.
  return { ok: true, document: value as PolicyDocument }
}

/** Every key and string value in a JSON value. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, item]) => (Array.isArray(value) ? stringsOf(item) : [key, ...stringsOf(item)]))
}

/** Which of the role's documents an edit replaces. */
const FIELD: Record<EditableDocument, 'permissionsPolicy' | 'trustPolicy' | 'submitterPolicy'> = {
  'permissions-policy': 'permissionsPolicy',
  'trust-policy': 'trustPolicy',
  'passrole-policy': 'submitterPolicy',
  'startjobrun-policy': 'submitterPolicy',
}

const LABEL: Record<EditableDocument, string> = {
  'permissions-policy': 'permissions policy',
  'trust-policy': 'trust policy',
  'passrole-policy': 'PassRole policy',
  'startjobrun-policy': 'StartJobRun policy',
}

/**
 * The edits that would change what is deployed but cannot be written: an edited text that is not a JSON object.
 * Exports, "Download all" and the generator refuse while there is one (an edit of a document the answers turned
 * off is kept but unused, so it blocks nothing).
 */
export function editProblems(config: Config, documents: RoleDocuments): string[] {
  return [...editsOf(config)].flatMap(([id, text]) => {
    if (documents[FIELD[id]] === null) return []
    const parsed = parseEdit(text)
    return parsed.ok ? [] : [`The edited ${LABEL[id]} ${parsed.message}: fix it or reset it to the generated one.`]
  })
}

/** The role's documents with the person's edits in place of the generated ones (edits that do not parse are left out). */
export function withEdits(config: Config, documents: RoleDocuments): { documents: RoleDocuments; edited: Set<EditableDocument> } {
  const edited = new Set<EditableDocument>()
  let result = documents
  for (const [id, text] of editsOf(config)) {
    const field = FIELD[id]
    const parsed = parseEdit(text)
    if (documents[field] === null || !parsed.ok) continue
    result = { ...result, [field]: parsed.document }
    edited.add(id)
  }
  return { documents: result, edited }
}
