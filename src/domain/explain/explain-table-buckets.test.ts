import { describe, expect, it } from 'vitest'
import type { TableBucketEntry } from '../config/table-buckets-schema'
import { buildRoleDocuments } from '../role/build-role-documents'
import { testConfig } from '../test-configs'
import { explainDocument } from './explain-document'

const OTHER = 'arn:aws:s3tables:eu-west-1:210987654321:bucket/shared'
const rows: TableBucketEntry[] = [
  { bucket: 'lake', namespace: '', access: 'read' },
  { bucket: OTHER, namespace: 'sales', access: 'read-write' },
  { bucket: 'raw', namespace: '', access: 'read-write' },
]

describe('explanations of the S3 Tables statements', () => {
  const config = testConfig({ tableBuckets: rows })
  const explained = explainDocument(config, 'permissions-policy', buildRoleDocuments(config).permissionsPolicy)
  const bySid = Object.fromEntries(explained.map((e) => [e.sid, e]))

  it.each<[string, string, RegExp]>([
    ['DescribeTableBuckets', 'tableBuckets.0.bucket', /^s3tables:GetTableBucket and s3tables:ListNamespaces on table buckets "lake", "arn:aws:s3tables:eu-west-1:210987654321:bucket\/shared" and 1 more: /],
    ['ListTablesInTableBuckets', 'tableBuckets.0.namespace', /on table buckets "lake" and "raw": /],
    ['ReadTables', 'tableBuckets.0.bucket', /s3tables:GetTableMetadataLocation on the tables of table buckets "lake" and "raw": /],
    ['CreateNamespacesAndTables', 'tableBuckets.2.access', /on table bucket "raw": you chose "Read and write"/],
    ['WriteTables', 'tableBuckets.2.access', /on the tables of table bucket "raw": /],
    ['ListTablesInNamespaceSales', 'tableBuckets.1.namespace', /bucket\/shared", only in namespace "sales": /],
    ['ReadTablesInNamespaceSales', 'tableBuckets.1.namespace', /only in namespace "sales"/],
    ['CreateTablesInNamespaceSales', 'tableBuckets.1.access', /CreateNamespace cannot be limited to one/],
    ['WriteTablesInNamespaceSales', 'tableBuckets.1.access', /only in namespace "sales": you chose "Read and write"/],
  ])('%s → %s', (sid, field, sentence) => {
    expect(bySid[sid]?.field).toBe(field)
    expect(bySid[sid]?.sentence).toMatch(sentence)
  })
})
