import { describe, expect, it } from 'vitest'
import type { EksConfig } from '../config/eks-schema'
import { configSchema, type Config } from '../config/schema'
import { buildRoleDocuments } from '../role/build-role-documents'
import { eksTestConfig, testConfig } from '../test-configs'
import { acknowledgementKey, splitAcknowledged } from './acknowledgement'
import { assessRisks } from './assess-risks'

function risksOf(config: Config) {
  const parsed = configSchema.parse(config)
  return assessRisks(parsed, buildRoleDocuments(parsed))
}

const submitters = (overrides: Partial<EksConfig['submitters']>): Partial<EksConfig> => ({
  submitters: { enabled: true, virtualClusterIds: [{ id: 'abc123' }], limit: 'roles', roleArns: [], rolePrefix: 'analytics-', conditionOperators: 'string', ...overrides },
})
const otherRole = (name: string) => ({ arn: `arn:aws:iam::123456789012:role/${name}` })
const oddIssuer = (id: string) => ({ clusters: [{ clusterName: 'analytics', namespace: 'spark-jobs', oidcIssuer: `oidc.eks.us-west-2.amazonaws.com/id/${id}`, accountId: '' }] })

/** The key of one warning of a configuration, by rule id. */
function keyOf(config: Config, id: string) {
  const risk = risksOf(config).find((r) => r.id === id)
  return risk && acknowledgementKey(risk)
}

describe('warnings that only inform', () => {
  it('are the case-sensitive role name, tenants sharing roles and an unusual issuer ID; the rest cannot be acknowledged', () => {
    const broad = risksOf(testConfig({ s3Access: 'all', glueAccess: 'create-read', trust: { sourceAccount: false, sourceArn: 'none', applicationIds: [] } }))
    const eks = risksOf(eksTestConfig({ roleName: 'MyRole', rolePath: '/emr/' }, { ...oddIssuer('abc'), ...submitters({ limit: 'prefix', rolePrefix: 'a' }) }))
    const informational = (risks: typeof broad) => risks.filter((r) => acknowledgementKey(r) !== undefined).map((r) => r.id)
    expect(informational(broad)).toEqual([])
    expect(eks.map((r) => r.id)).toEqual(['eks-broad-role-prefix', 'eks-tenants-share-roles', 'eks-role-name-case', 'eks-role-path', 'eks-unusual-oidc-id-0'])
    expect(informational(eks)).toEqual(['eks-tenants-share-roles', 'eks-role-name-case', 'eks-unusual-oidc-id-0'])
    expect(eks.filter((r) => r.informational).every((r) => r.severity === 'low')).toBe(true)
  })

  it.each<[string, string, Config, Config, boolean]>([
    ['the same role name', 'eks-role-name-case', eksTestConfig({ roleName: 'MyRole' }), eksTestConfig({ roleName: 'MyRole', glueAccess: 'read' }), true],
    ['another role name', 'eks-role-name-case', eksTestConfig({ roleName: 'MyRole' }), eksTestConfig({ roleName: 'MyRole2' }), false],
    [
      'the same approved roles, in another order',
      'eks-tenants-share-roles',
      eksTestConfig({}, submitters({ roleArns: [otherRole('a'), otherRole('b')] })),
      eksTestConfig({}, submitters({ roleArns: [otherRole('b'), otherRole('a')], virtualClusterIds: [{ id: 'def456' }] })),
      true,
    ],
    [
      'one more approved role',
      'eks-tenants-share-roles',
      eksTestConfig({}, submitters({ roleArns: [otherRole('a')] })),
      eksTestConfig({}, submitters({ roleArns: [otherRole('a'), otherRole('b')] })),
      false,
    ],
    ['another prefix', 'eks-tenants-share-roles', eksTestConfig({}, submitters({ limit: 'prefix' })), eksTestConfig({}, submitters({ limit: 'prefix', rolePrefix: 'etl-' })), false],
    ['another unusual issuer', 'eks-unusual-oidc-id-0', eksTestConfig({}, oddIssuer('abc')), eksTestConfig({}, oddIssuer('abd')), false],
  ])('%s: the acknowledgement still holds → %s', (_name, id, before, after, holds) => {
    const key = keyOf(before, id)
    expect(key).toBeDefined()
    expect(keyOf(after, id) === key).toBe(holds)
  })

  it('splits acknowledged warnings from those still to show, keeping their order', () => {
    // The example issuer's ID ("EXAMPLE…") is not hexadecimal: it is warned about too.
    const risks = risksOf(eksTestConfig({ roleName: 'MyRole', rolePath: '/emr/' }))
    const caseRisk = risks.find((r) => r.id === 'eks-role-name-case')
    const key = caseRisk && acknowledgementKey(caseRisk)
    const { active, quiet } = splitAcknowledged(risks, new Set([key ?? '', 'an old key']))
    expect(active.map((r) => r.id)).toEqual(['eks-role-path', 'eks-unusual-oidc-id-0'])
    expect(quiet.map((r) => r.id)).toEqual(['eks-role-name-case'])
  })
})
