import { describe, expect, it } from 'vitest'
import type { ConfigInput } from '../config/schema'
import { validateConfig } from '../config/validate-config'
import { buildRoleDocuments } from '../role/build-role-documents'
import { testConfig } from '../test-configs'
import { draftConfig } from './draft-config'

function draftOf(values: ConfigInput) {
  const checked = validateConfig(values)
  return draftConfig(values, checked.ok ? [] : checked.problems)
}

describe('a table bucket row left empty', () => {
  it('drafts as your-table-bucket, and the draft makes the s3tables statements', () => {
    const draft = draftOf(testConfig({ tableBuckets: [{ bucket: '', namespace: '', access: 'read' }] }))
    expect(draft?.placeholders).toEqual([{ field: 'tableBuckets.0.bucket', value: 'your-table-bucket', standsFor: 'an S3 table bucket name' }])
    const config = draft?.config
    if (config === undefined) throw new Error('no draft')
    expect(JSON.stringify(buildRoleDocuments(config).permissionsPolicy)).toContain(':bucket/your-table-bucket')
  })

  it('a bad name is not drafted over: its problem shows', () => {
    expect(draftOf(testConfig({ tableBuckets: [{ bucket: 'Bad_Name', namespace: '', access: 'read' }] }))).toBeNull()
  })
})
