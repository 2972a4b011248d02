import { describe, expect, it } from 'vitest'
import type { Target } from '../config/schema'
import { policySize } from '../iam/policy'
import { describeQuotaMeasure, listQuotaBreaches, measureQuotas, type QuotaDocument, type QuotaStatus } from './measure-quotas'
import { documentsOfSize, policyOfSize, type DocumentSizes } from './sized-documents.test-util'

const statusOf = (target: Target, document: QuotaDocument, sizes: DocumentSizes) =>
  measureQuotas(target, documentsOfSize(sizes)).find((m) => m.document === document)?.status

describe('measureQuotas', () => {
  it('builds documents of the exact size the table asks for', () => {
    expect(policySize(policyOfSize(6_145))).toBe(6_145)
  })

  const submitterPolicy = (target: Target): QuotaDocument => (target === 'eks' ? 'startjobrun-policy' : 'passrole-policy')
  const cases = (['serverless', 'eks'] as const).flatMap((target) => [
    [target, 'inline-policies', { permissions: 10_239 }, 'ok'],
    [target, 'inline-policies', { permissions: 10_240 }, 'ok'],
    [target, 'inline-policies', { permissions: 10_241 }, 'over'],
    [target, 'trust-policy', { trust: 2_047 }, 'ok'],
    [target, 'trust-policy', { trust: 2_048 }, 'ok'],
    [target, 'trust-policy', { trust: 2_049 }, 'over-default'],
    [target, 'trust-policy', { trust: 4_095 }, 'over-default'],
    [target, 'trust-policy', { trust: 4_096 }, 'over-default'],
    [target, 'trust-policy', { trust: 4_097 }, 'over'],
    [target, submitterPolicy(target), { submitters: 6_143 }, 'ok'],
    [target, submitterPolicy(target), { submitters: 6_144 }, 'ok'],
    [target, submitterPolicy(target), { submitters: 6_145 }, 'over'],
  ] as const)

  it.each(cases)('%s: %s with %o is %s', (target, document, sizes, expected: QuotaStatus) => {
    expect(statusOf(target, document, sizes)).toBe(expected)
  })

  it('measures the trust policy always, other documents only when the role has them', () => {
    expect(measureQuotas('serverless', documentsOfSize({})).map((m) => m.document)).toEqual(['trust-policy'])
    const all = measureQuotas('eks', documentsOfSize({ permissions: 300, submitters: 400 }))
    expect(all.map((m) => [m.document, m.size, m.quota, m.maxQuota])).toEqual([
      ['inline-policies', 300, 10_240, undefined],
      ['trust-policy', 200, 2_048, 4_096],
      ['startjobrun-policy', 400, 6_144, undefined],
    ])
  })

  it('lists only what IAM would reject', () => {
    const measures = measureQuotas('serverless', documentsOfSize({ permissions: 10_241, trust: 3_000, submitters: 6_145 }))
    expect(listQuotaBreaches(measures).map((m) => m.document)).toEqual(['inline-policies', 'passrole-policy'])
  })

  it.each<[DocumentSizes, string]>([
    [{ trust: 3_000 }, 'Trust policy: 3,000 characters without white space; the default quota is 2,048 (it can be raised to 4,096 on request).'],
    [{ trust: 4_097 }, 'Trust policy: 4,097 characters without white space; IAM allows at most 4,096, even with a quota increase.'],
  ])('names the size and the quota (%o)', (sizes, expected) => {
    const [trust] = measureQuotas('eks', documentsOfSize(sizes))
    expect(trust && describeQuotaMeasure(trust)).toBe(expected)
  })

  it('names the size and quota of a customer managed policy', () => {
    const [, passRole] = measureQuotas('serverless', documentsOfSize({ submitters: 7_000 }))
    expect(passRole && describeQuotaMeasure(passRole)).toBe(
      'PassRole policy: 7,000 characters without white space; IAM’s quota is 6,144.',
    )
  })
})
