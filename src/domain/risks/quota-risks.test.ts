import { describe, expect, it } from 'vitest'
import { configSchema, type Target } from '../config/schema'
import { buildRoleDocuments } from '../role/build-role-documents'
import { documentsOfSize, type DocumentSizes } from '../quota/sized-documents.test-util'
import { eksTestConfig, testConfig } from '../test-configs'
import { assessQuotaRisks } from './quota-risks'

const configFor = (target: Target) => configSchema.parse(target === 'eks' ? eksTestConfig() : testConfig())
const risksFor = (target: Target, sizes: DocumentSizes) => assessQuotaRisks(configFor(target), documentsOfSize(sizes))
const ids = (target: Target, sizes: DocumentSizes) => risksFor(target, sizes).map((r) => `${r.id}@${r.field}`)

describe('quota warnings, each document against its own quota', () => {
  const trustField = { serverless: 'trust.sourceArn', eks: 'eks.clusters' }
  const submitters = { serverless: 'passrole-policy-too-large@passRolePolicy', eks: 'startjobrun-policy-too-large@eks.submitters.virtualClusterIds' }
  const cases = (['serverless', 'eks'] as const).flatMap((target): [Target, DocumentSizes, string[]][] => [
    [target, { permissions: 10_239 }, []],
    [target, { permissions: 10_240 }, []],
    [target, { permissions: 10_241 }, ['permissions-policy-too-large@buckets']],
    [target, { trust: 2_047 }, []],
    [target, { trust: 2_048 }, []],
    [target, { trust: 2_049 }, [`trust-policy-too-large@${trustField[target]}`]],
    [target, { trust: 4_096 }, [`trust-policy-too-large@${trustField[target]}`]],
    [target, { trust: 4_097 }, [`trust-policy-too-large@${trustField[target]}`]],
    [target, { submitters: 6_143 }, []],
    [target, { submitters: 6_144 }, []],
    [target, { submitters: 6_145 }, [submitters[target]]],
    [target, { permissions: 10_241, trust: 4_097, submitters: 6_145 }, [
      'permissions-policy-too-large@buckets', `trust-policy-too-large@${trustField[target]}`, submitters[target],
    ]],
  ])

  it.each(cases)('%s %o', (target, sizes, expected) => {
    expect(ids(target, sizes)).toEqual(expected)
  })

  it.each(['serverless', 'eks'] as const)('%s: over the default trust quota names the increase; over 4,096 does not', (target) => {
    const [overDefault] = risksFor(target, { trust: 2_049 })
    expect(overDefault?.title).toBe('Trust policy is over IAM’s default size quota')
    expect(overDefault?.detail).toContain('2,049 characters without white space; the default quota is 2,048')
    expect(overDefault?.saferAlternative).toContain('request the trust-policy quota increase')
    const [over] = risksFor(target, { trust: 4_097 })
    expect(over?.title).toBe('Trust policy is over IAM’s maximum size quota')
    expect(over?.detail).toContain('4,097 characters without white space; IAM allows at most 4,096')
    expect(over?.saferAlternative).not.toContain('increase')
  })

  it.each<[string, DocumentSizes, RegExp]>([
    ['inline', { permissions: 10_241 }, /Merge statements.*prefix.*split/],
    ['StartJobRun', { submitters: 6_145 }, /prefix.*fewer virtual clusters.*split/],
  ])('%s: every warning is high, names size and quota, and says how to fix it', (_name, sizes, fix) => {
    const [risk] = risksFor('eks', sizes)
    expect(risk?.severity).toBe('high')
    expect(risk?.detail).toMatch(/[\d,]+ characters without white space; IAM’s quota is [\d,]+\. IAM will reject it\./)
    expect(risk?.saferAlternative).toMatch(fix)
  })

  it('warns when a real StartJobRun policy with 150 approved roles passes 6,144', () => {
    const roleArns = Array.from({ length: 150 }, (_, i) => ({ arn: `arn:aws:iam::123456789012:role/tenant-${String(i).padStart(3, '0')}` }))
    const eks = { submitters: { enabled: true, virtualClusterIds: [{ id: 'abc123' }], limit: 'roles' as const, roleArns, rolePrefix: '', conditionOperators: 'string' as const } }
    const few = configSchema.parse(eksTestConfig({}, { ...eks, submitters: { ...eks.submitters, roleArns: roleArns.slice(0, 20) } }))
    expect(assessQuotaRisks(few, buildRoleDocuments(few))).toEqual([])
    const many = configSchema.parse(eksTestConfig({}, eks))
    const [risk] = assessQuotaRisks(many, buildRoleDocuments(many))
    expect(risk?.id).toBe('startjobrun-policy-too-large')
    expect(risk?.field).toBe('eks.submitters.roleArns')
    expect(risk?.detail).toMatch(/^StartJobRun policy: [\d,]+ characters/)
  })

  it('warns when a real StartJobRun policy with 30 virtual clusters passes 6,144', () => {
    const virtualClusterIds = Array.from({ length: 30 }, (_, i) => ({ id: `vc${String(i).padStart(23, '0')}` }))
    const config = configSchema.parse(eksTestConfig({}, {
      submitters: { enabled: true, virtualClusterIds, limit: 'prefix', roleArns: [], rolePrefix: 'analytics-', conditionOperators: 'string' },
    }))
    expect(assessQuotaRisks(config, buildRoleDocuments(config)).map((r) => `${r.id}@${r.field}`)).toEqual([
      'startjobrun-policy-too-large@eks.submitters.virtualClusterIds',
    ])
  })
})
