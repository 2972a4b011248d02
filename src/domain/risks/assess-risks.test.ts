import { describe, expect, it } from 'vitest'
import { configSchema, type Config } from '../config/schema'
import { buildServerlessDocuments } from '../serverless/serverless-documents'
import { testConfig } from '../test-configs'
import { assessRisks } from './assess-risks'

function risksFor(overrides: Partial<Config>) {
  const config = configSchema.parse(testConfig(overrides))
  return assessRisks(config, buildServerlessDocuments(config))
}

const ids = (overrides: Partial<Config>) => risksFor(overrides).map((r) => `${r.id}@${r.field}`)

describe('assessRisks', () => {
  it.each<[string, Partial<Config>, string[]]>([
    ['least-privilege defaults', {}, []],
    ['All buckets', { s3Access: 'all' }, ['s3-all-buckets@s3Access']],
    ['None', { s3Access: 'none' }, []],
    ['Glue read only, all databases (issue 12: now warned)', { glueAccess: 'read' }, ['glue-read-all-databases@glueScope.scope']],
    ['Glue create and read', { glueAccess: 'create-read' }, ['glue-create-read-all@glueAccess']],
    [
      'no aws:SourceAccount',
      { trust: { sourceAccount: false, sourceArn: 'none', applicationIds: [] } },
      ['trust-no-source-account@trust.sourceAccount'],
    ],
    [
      'read and write on the second bucket',
      {
        buckets: [
          { name: 'amzn-example-in', prefix: '', access: 'read' },
          { name: 'amzn-example-out', prefix: '', access: 'read-write' },
        ],
      },
      ['s3-delete-object@buckets.1.access'],
    ],
    [
      'read and write buckets kept while All buckets is chosen',
      { s3Access: 'all', buckets: [{ name: 'amzn-example-out', prefix: '', access: 'read-write' }] },
      ['s3-all-buckets@s3Access'],
    ],
    [
      'everything broad at once, in a fixed order',
      {
        s3Access: 'all',
        glueAccess: 'create-read',
        trust: { sourceAccount: false, sourceArn: 'none', applicationIds: [] },
      },
      ['s3-all-buckets@s3Access', 'glue-create-read-all@glueAccess', 'trust-no-source-account@trust.sourceAccount'],
    ],
  ])('%s', (_name, overrides, expected) => {
    expect(ids(overrides)).toEqual(expected)
  })

  it('names the buckets that can be deleted from', () => {
    const [risk] = risksFor({ buckets: [{ name: 'amzn-example-out', prefix: '', access: 'read-write' }] })
    expect(risk?.detail).toContain('amzn-example-out')
    expect(risk?.saferAlternative).not.toBe('')
  })

  it('warns when the permissions policy passes the 10,240-character inline quota', () => {
    const buckets = Array.from({ length: 200 }, (_, i) => ({
      name: `amzn-example-bucket-${String(i).padStart(4, '0')}`,
      prefix: '',
      access: 'read' as const,
    }))
    expect(ids({ buckets: buckets.slice(0, 50) })).toEqual([])
    const [risk] = risksFor({ buckets })
    expect(risk?.id).toBe('permissions-policy-too-large')
    expect(risk?.field).toBe('buckets')
    expect(risk?.detail).toMatch(/^Inline policies \(all together\): [\d,]+ characters without white space; IAM’s quota is 10,240/)
  })

  it('warns when the trust policy passes the 2,048-character quota', () => {
    const applicationIds = Array.from({ length: 30 }, (_, i) => ({ id: `00fexample${String(i).padStart(6, '0')}` }))
    const risks = ids({ trust: { sourceAccount: true, sourceArn: 'applications', applicationIds } })
    expect(risks).toEqual(['trust-policy-too-large@trust.sourceArn'])
    const few = ids({ trust: { sourceAccount: true, sourceArn: 'applications', applicationIds: applicationIds.slice(0, 5) } })
    expect(few).toEqual([])
  })

  it('gives every warning a title, detail, safer alternative and field', () => {
    const risks = risksFor({
      s3Access: 'all',
      glueAccess: 'create-read',
      trust: { sourceAccount: false, sourceArn: 'none', applicationIds: [] },
    })
    for (const risk of risks) {
      expect(risk.title && risk.detail && risk.saferAlternative && risk.field).toBeTruthy()
    }
  })
})
