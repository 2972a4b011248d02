import { describe, expect, it } from 'vitest'
import { validateConfig } from '../config/validate-config'
import type { DocumentEdit } from '../config/document-edits-schema'
import { allExportFiles, exportProblems, renderExports } from '../export/export-files'
import { formatPolicy } from '../iam/policy'
import { buildRoleDocuments } from '../role/build-role-documents'
import { encodeConfig } from '../share/share-encode'
import { decodeConfig } from '../share/share-codec'
import { exportConfigFile, parseConfigFile } from '../share/config-file'
import { eksTestConfig, testConfig } from '../test-configs'
import { editProblems, editsOf, parseEdit, withEdits } from './document-edits'
import { setEdit } from './set-edit'

const EXTRA = { Sid: 'ReadTheAuditBucket', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::audit-${aws:username}/*' }

/** The generated permissions policy with one statement added, as a person would type it. */
function editedPermissions(config = testConfig()) {
  const generated = buildRoleDocuments(config).permissionsPolicy
  if (generated === null) throw new Error('test config grants nothing')
  return `${JSON.stringify({ ...generated, Statement: [...generated.Statement, EXTRA] }, null, 4)}\n`
}

const edit = (text: string, document: DocumentEdit['document'] = 'permissions-policy', target: DocumentEdit['target'] = 'serverless'): DocumentEdit => ({
  target,
  document,
  text,
})

describe('parseEdit', () => {
  it.each([
    ['{"Version":"2012-10-17","Statement":[]}', true],
    ['{', false],
    ['[]', false],
    ['"a policy"', false],
    ['null', false],
    ['', false],
    ['{"Sid":"café"}', true],
    ['{"Sid":"“quoted”"}', false],
    ['{"Sid":"\\ue000AccountId\\ue001"}', false],
    ['{"\\u2028":"a key"}', false],
  ])('%j is a document: %s', (text, ok) => {
    expect(parseEdit(text).ok).toBe(ok)
  })

  it('says why a text is not a document', () => {
    expect(parseEdit('[1]')).toEqual({ ok: false, message: 'is not a JSON object' })
    const broken = parseEdit('{"Version":')
    expect(broken.ok ? '' : broken.message).toMatch(/^is not valid JSON \(/)
  })
})

describe('editsOf', () => {
  it('takes the current target’s edits only', () => {
    const config = testConfig({ documentEdits: [edit('{}', 'trust-policy', 'eks'), edit('{"a":1}')] })
    expect([...editsOf(config)]).toEqual([['permissions-policy', '{"a":1}']])
    expect([...editsOf({ ...config, target: 'eks' })]).toEqual([['trust-policy', '{}']])
  })

  it('is empty without documentEdits', () => {
    expect(editsOf(testConfig()).size).toBe(0)
  })
})

describe('setEdit', () => {
  const a = edit('{"a":1}')
  const b = edit('{"b":1}', 'trust-policy')
  it.each<[string, DocumentEdit[] | undefined, string | null, DocumentEdit[] | undefined]>([
    ['adds the first edit', undefined, '{"x":1}', [edit('{"x":1}')]],
    ['changes an edit in its place', [a, b], '{"x":1}', [edit('{"x":1}'), b]],
    ['removes an edit (reset)', [a, b], null, [b]],
    ['removes an edit that is the generated text again', [a, b], 'GENERATED', [b]],
    ['leaves no key when the last edit goes', [a], null, undefined],
    ['keeps the other target’s edit of the same document', [edit('{}', 'permissions-policy', 'eks')], '{"x":1}', [edit('{}', 'permissions-policy', 'eks'), edit('{"x":1}')]],
  ])('%s', (_name, edits, text, expected) => {
    expect(setEdit(edits, 'serverless', 'permissions-policy', text, 'GENERATED')).toEqual(expected)
  })
})

describe('withEdits and editProblems', () => {
  it('replaces a generated document with its edit', () => {
    const config = testConfig({ documentEdits: [edit(editedPermissions())] })
    const { documents, edited } = withEdits(config, buildRoleDocuments(config))
    expect([...edited]).toEqual(['permissions-policy'])
    expect(documents.permissionsPolicy?.Statement.at(-1)).toEqual(EXTRA)
    expect(editProblems(config, buildRoleDocuments(config))).toEqual([])
  })

  it('leaves a document that does not parse out, and names it', () => {
    const config = testConfig({ documentEdits: [edit('{"Version": "2012-10-17",')] })
    const generated = buildRoleDocuments(config)
    expect(withEdits(config, generated).documents).toEqual(generated)
    expect(editProblems(config, generated)).toEqual([
      expect.stringMatching(/^The edited permissions policy is not valid JSON \(.*\): fix it or reset it to the generated one\.$/),
    ])
  })

  it('keeps an edit of a document the answers turned off, unused and blocking nothing', () => {
    const config = testConfig({ passRolePolicy: false, documentEdits: [edit('not json', 'passrole-policy')] })
    const generated = buildRoleDocuments(config)
    expect(generated.submitterPolicy).toBeNull()
    expect(editProblems(config, generated)).toEqual([])
    expect(withEdits(config, generated).edited.size).toBe(0)
  })
})

describe('exports carry edits', () => {
  it('writes the edited text as typed in the JSON download, and the edited statement in every format', () => {
    const text = editedPermissions()
    const config = testConfig({ documentEdits: [edit(text)] })
    const files = allExportFiles(config)
    expect(files.find((f) => f.id === 'permissions-policy')?.text).toBe(text)
    const byId = Object.fromEntries(renderExports(config).map((f) => [f.id, f.text]))
    for (const id of ['aws-cli', 'cloudformation', 'terraform']) expect(byId[id]).toContain('ReadTheAuditBucket')
    // The policy variable stays literal: escaped for Terraform, not a Fn::Sub for CloudFormation.
    expect(byId.terraform).toContain('audit-$${aws:username}')
    expect(byId.cloudformation).toContain('arn:aws:s3:::audit-${aws:username}/*')
  })

  it('changes nothing without edits', () => {
    const config = testConfig()
    expect(renderExports({ ...config, documentEdits: undefined })).toEqual(renderExports(config))
  })

  it('replaces an EMR on EKS trust policy as edited instead of merging the generated statements', () => {
    const config = eksTestConfig()
    const trust = buildRoleDocuments(config).trustPolicy
    const text = formatPolicy({ ...trust, Statement: trust.Statement.slice(0, 1) }).replace('"Allow"', '"Allow"  ')
    const script = renderExports(eksTestConfig({ documentEdits: [edit(text, 'trust-policy', 'eks')] })).find((f) => f.id === 'aws-cli')?.text
    const generatedScript = renderExports(config).find((f) => f.id === 'aws-cli')?.text
    expect(generatedScript).toContain('current_statements=')
    expect(script).not.toContain('current_statements=')
    expect(script).toContain('update-assume-role-policy')
  })

  it('refuses to export while an edit is not JSON', () => {
    const config = testConfig({ documentEdits: [edit('{')] })
    expect(exportProblems(config)).toHaveLength(1)
    expect(exportProblems(testConfig())).toEqual([])
  })
})

describe('edits in the configuration', () => {
  it('travel in a share link and a configuration file, byte for byte', () => {
    const text = `${editedPermissions()}  // a comment is kept too`
    const config = testConfig({ documentEdits: [edit(text), edit('{ }', 'trust-policy', 'eks')] })
    const fromLink = decodeConfig(`#${encodeConfig(config)}`)
    const fromFile = parseConfigFile(exportConfigFile(config))
    expect(fromLink.ok && fromLink.value.documentEdits).toEqual(config.documentEdits)
    expect(fromFile.ok && fromFile.value.documentEdits).toEqual(config.documentEdits)
  })

  it('leave configurations without edits as they were: no key', () => {
    expect(exportConfigFile(testConfig())).not.toContain('documentEdits')
    expect(validateConfig(testConfig()).ok).toBe(true)
  })

  it.each<[string, DocumentEdit[], string]>([
    ['a submitters’ document of the other target', [edit('{}', 'startjobrun-policy', 'serverless')], 'documentEdits.0.document'],
    ['the same document edited twice', [edit('{}'), edit('{"a":1}')], 'documentEdits.1.document'],
  ])('refuse %s, at the edit', (_name, documentEdits, field) => {
    const checked = validateConfig(testConfig({ documentEdits }))
    expect(checked.ok ? [] : checked.problems.map((p) => p.field)).toEqual([field])
  })
})
