import { configShapeSchema, type ConfigInput } from '../config/schema'
import type { DocumentEdit } from '../config/document-edits-schema'
import { defaultConfig } from '../config/defaults'
import { validateConfig, type FieldProblem } from '../config/validate-config'
import { awsManagedPolicyArn } from '../iam/arn'
import { buildRoleDocuments } from '../role/build-role-documents'
import { partitionOfRegion } from '../config/partition'
import { S3_FULL_ACCESS_POLICY } from '../s3/bucket-statements'
import type { OpenResult } from '../share/share-codec'
import { compareDocuments } from './compare-documents'
import { inferAnswers } from './infer-answers'
import { isRecord, type PastedRole } from './pasted-role'
import { readPasted } from './read-pasted'
import { statementsOf } from './statements'

export interface ImportedRole {
  /** The answers: the defaults, with every answer the pasted role gives, and its differing documents as edits. */
  values: ConfigInput
  /** What was read and what differs from what the wizard writes, in plain words. */
  notes: string[]
  /** What the paste held that was not understood or cannot be carried into the answers. */
  unrecognised: string[]
  /** The field rules the answers break (a role name the trust does not give, an account left empty, …). */
  problems: FieldProblem[]
}

/**
 * Starts the wizard from an existing role: reads the pasted text, infers the answers, writes the documents those
 * answers give and compares each with the pasted one. A pasted document the wizard writes the same is dropped; one
 * that differs is kept as an edited document (nothing the role grants is lost) and the differences are listed.
 * Never throws: anything unexpected is reported as not recognised.
 */
export function importRole(text: string): ImportedRole {
  try {
    return importPasted(readPasted(text))
  } catch (error) {
    const values = defaultConfig()
    const message = error instanceof Error ? error.message : String(error)
    return { values, notes: [], unrecognised: [`The text could not be read (${message}).`], problems: [] }
  }
}

function importPasted(pasted: PastedRole): ImportedRole {
  const unrecognised = [...pasted.unrecognised]
  const { values, role, notes } = inferAnswers(pasted)
  if (pasted.sources.length > 0) notes.unshift(`Read ${pasted.sources.join(', ')}.`)
  const shaped = configShapeSchema.safeParse(values)
  if (!shaped.success) return { values, notes, unrecognised: [...unrecognised, 'The answers could not be formed.'], problems: [] }
  const documents = buildRoleDocuments(shaped.data)
  const edits: DocumentEdit[] = []
  const keep = (document: 'permissions-policy' | 'trust-policy', pastedDocument: unknown, generated: unknown, label: string) => {
    const comparison = compareDocuments(pastedDocument, generated, label)
    if (comparison.same) return
    notes.push(...comparison.differences)
    if (!isRecord(pastedDocument)) {
      unrecognised.push(`The pasted ${label} is not a JSON object, so it cannot be kept as an edited document.`)
      return
    }
    edits.push({ target: values.target, document, text: `${JSON.stringify(pastedDocument, null, 2)}\n` })
    notes.push(`The pasted ${label} is kept as an edited document, so nothing it grants is lost; reset it to use the wizard’s.`)
  }
  if (role.trustPolicy !== undefined) keep('trust-policy', role.trustPolicy, documents.trustPolicy, 'trust policy')
  else notes.push('No trust policy was pasted (aws iam get-role prints it): the trust comes from the answers.')
  if (role.inlinePolicies.length > 0) {
    const permissions = mergedPolicies(role)
    keep('permissions-policy', permissions, documents.permissionsPolicy, 'permissions policy')
    if (documents.permissionsPolicy === null && edits.some((edit) => edit.document === 'permissions-policy')) {
      notes.push('The answers grant nothing inline, so the edited permissions policy is not used until an answer (such as a bucket) gives one.')
    }
  } else {
    notes.push('No inline policy was pasted (aws iam get-role-policy prints one): the permissions come from the answers.')
  }
  unrecognised.push(...managedPolicyNotes(role, values))
  const withEdits: ConfigInput = edits.length > 0 ? { ...values, documentEdits: edits } : values
  const checked = validateConfig(withEdits)
  return { values: withEdits, notes, unrecognised, problems: checked.ok ? [] : checked.problems }
}

/** The role's inline policies as one document (the wizard writes one permissions policy). */
function mergedPolicies(role: PastedRole): unknown {
  const [only] = role.inlinePolicies
  if (role.inlinePolicies.length === 1 && only !== undefined) return only.document
  const version = role.inlinePolicies.map((p) => (isRecord(p.document) ? p.document.Version : undefined)).find((v) => v !== undefined)
  return { Version: version ?? '2012-10-17', Statement: role.inlinePolicies.flatMap((p) => statementsOf(p.document)) }
}

function managedPolicyNotes(role: PastedRole, values: ConfigInput): string[] {
  const fullAccess = awsManagedPolicyArn(partitionOfRegion(values.region), S3_FULL_ACCESS_POLICY)
  return [...new Set(role.managedPolicyArns)]
    .filter((arn) => arn !== fullAccess)
    .map((arn) => `The managed policy ${arn} is attached to the role; the wizard attaches only AmazonS3FullAccess, so attach it yourself if jobs need it.`)
}

/** The imported answers as a configuration file opens: with their field problems shown at their fields. */
export function importedOpenResult(imported: ImportedRole): OpenResult {
  const checked = validateConfig(imported.values)
  return { ok: true, values: imported.values, problems: imported.problems, config: checked.ok ? checked.value : null }
}
