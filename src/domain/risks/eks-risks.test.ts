import { describe, expect, it } from 'vitest'
import type { EksConfig } from '../config/eks-schema'
import { configSchema, type Config } from '../config/schema'
import { buildCliTrustStatement } from '../eks/eks-trust'
import { buildRoleDocuments } from '../role/build-role-documents'
import { eksTestConfig, TEST_CONTEXT } from '../test-configs'
import { assessRisks } from './assess-risks'

const cluster = (namespace: string, i: number) => ({
  clusterName: `c${i}`,
  namespace,
  oidcIssuer: `oidc.eks.us-west-2.amazonaws.com/id/${String(i).repeat(32)}`,
  accountId: '',
})

function ids(overrides: Partial<Config>, eks: Partial<EksConfig> = {}) {
  const config = configSchema.parse(eksTestConfig(overrides, { clusters: [cluster('spark-jobs', 0)], ...eks }))
  return assessRisks(config, buildRoleDocuments(config)).map((r) => `${r.id}@${r.field}`)
}

const submitters = (overrides: Partial<EksConfig['submitters']>): Partial<EksConfig> => ({
  submitters: { enabled: true, virtualClusterIds: [{ id: 'abc123' }], limit: 'roles', roleArns: [], rolePrefix: 'analytics-', conditionOperators: 'string', ...overrides },
})

describe('EMR on EKS warnings', () => {
  it.each<[string, Partial<Config>, Partial<EksConfig>, string[]]>([
    ['a safe configuration', {}, submitters({}), []],
    ['no ExecutionRoleArn limit', {}, submitters({ limit: 'none' }), ['eks-no-execution-role-limit@eks.submitters.limit']],
    ['tag-based access asked for', {}, submitters({ limit: 'tags' }), ['eks-no-execution-role-limit@eks.submitters.limit', 'eks-tbac-unsupported@eks.submitters.limit']],
    ['prefix role/*', {}, submitters({ limit: 'prefix', rolePrefix: '' }), ['eks-broad-role-prefix@eks.submitters.rolePrefix', 'eks-tenants-share-roles@eks.submitters.rolePrefix']],
    ['one-letter prefix', {}, submitters({ limit: 'prefix', rolePrefix: 'a' }), ['eks-broad-role-prefix@eks.submitters.rolePrefix', 'eks-tenants-share-roles@eks.submitters.rolePrefix']],
    ['a good prefix still shares roles among tenants', {}, submitters({ limit: 'prefix' }), ['eks-tenants-share-roles@eks.submitters.rolePrefix']],
    ['two approved roles', {}, submitters({ roleArns: [{ arn: 'arn:aws:iam::123456789012:role/other' }] }), ['eks-tenants-share-roles@eks.submitters.roleArns']],
    ['upper case in the role name', { roleName: 'MyRole' }, {}, ['eks-role-name-case@roleName']],
    ['a role path', { rolePath: '/emr/' }, {}, ['eks-role-path@rolePath']],
    ['an unusual issuer ID', {}, { clusters: [{ ...cluster('ns', 1), oidcIssuer: 'oidc.eks.us-west-2.amazonaws.com/id/abc' }] }, ['eks-unusual-oidc-id-0@eks.clusters.0.oidcIssuer']],
    [
      'a pasted wildcard sub',
      {},
      { existingTrustPolicy: JSON.stringify({ Statement: [{ Condition: { StringLike: { 'x:sub': 'system:serviceaccount:ns:emr-containers-sa-*' } } }] }) },
      ['eks-wildcard-sub@eks.existingTrustPolicy'],
    ],
    [
      'a pasted statement that differs from the CLI’s only by a Sid',
      {},
      {
        existingTrustPolicy: JSON.stringify({
          Statement: [{ Sid: 'Old', ...buildCliTrustStatement(cluster('spark-jobs', 0), 'myrole', TEST_CONTEXT) }],
        }),
      },
      ['eks-near-duplicate-statement@eks.existingTrustPolicy'],
    ],
    [
      'six pairs pass the 2,048-character trust quota',
      {},
      { clusters: ['a', 'b', 'c', 'd', 'e', 'f'].map((ns, i) => cluster(`namespace-${ns}`, i)) },
      ['trust-policy-too-large@eks.clusters'],
    ],
  ])('%s', (_name, overrides, eks, expected) => {
    expect(ids(overrides, eks)).toEqual(expected)
  })

  it('leaves out the EMR Serverless-only aws:SourceAccount warning', () => {
    expect(ids({ trust: { sourceAccount: false, sourceArn: 'none', applicationIds: [] } })).toEqual([])
  })
})
