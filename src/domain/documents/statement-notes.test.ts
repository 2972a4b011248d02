import { describe, expect, it } from 'vitest'
import { configSchema } from '../config/schema'
import { buildRoleDocuments } from '../role/build-role-documents'
import { testConfig } from '../test-configs'
import { explainStatements } from './statement-notes'

const permissions = (access: 'read' | 'read-write') =>
  buildRoleDocuments(configSchema.parse(testConfig({ buckets: [{ name: 'amzn-example-out', prefix: 'out/', access }] })))
    .permissionsPolicy

describe('statement notes', () => {
  it('explain the multipart-upload actions when a bucket is written', () => {
    expect(explainStatements(permissions('read-write')).map((n) => n.sid)).toEqual(['ListMultipartUploads'])
    expect(explainStatements(permissions('read-write'))[0]?.note).toContain('s3:AbortMultipartUpload')
  })

  it('say nothing for read-only access or no document', () => {
    expect(explainStatements(permissions('read'))).toEqual([])
    expect(explainStatements(null)).toEqual([])
  })
})
