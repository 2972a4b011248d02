import fc from 'fast-check'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { configSchema, type Config } from '../config/schema'
import { placeholderContext, resolveRoleContext, type RoleContext } from '../context/role-context'
import { buildEksDocuments } from '../eks/eks-documents'
import { asGoldenJson, expectGolden } from '../golden.test-util'
import type { Statement } from '../iam/policy'
import { podIdentityTestConfig, TEST_CONTEXT } from '../test-configs'
import { buildPodIdentityTrustStatements, POD_IDENTITY_PRINCIPAL } from './pod-identity-trust'
import { podIdentityAssociations, podIdentityServiceAccounts } from './service-accounts'

const GOLDEN_DIR = join(import.meta.dirname, 'golden')
const golden = (name: string, actual: unknown) => expectGolden(join(GOLDEN_DIR, `${name}.json`), asGoldenJson(actual))
const build = (config: Config) => buildEksDocuments(configSchema.parse(config))

describe('EKS Pod Identity trust policy (golden files)', () => {
  const regions = { aws: 'us-west-2', 'aws-cn': 'cn-north-1', 'aws-us-gov': 'us-gov-west-1' } as const
  for (const [partition, region] of Object.entries(regions)) {
    it(`two clusters, three pairs, operator and Livy accounts, in ${partition}`, () => {
      golden(`trust-pod-identity-${partition}`, build(podIdentityTestConfig({ region })).trustPolicy)
    })
  }

  it('one pair with the Flink operator only', () => {
    const config = podIdentityTestConfig({}, {
      clusters: [{ clusterName: 'streaming', namespace: 'flink-jobs', oidcIssuer: '', accountId: '' }],
      serviceAccounts: { sparkOperator: false, flinkOperator: true, livy: false },
    })
    golden('trust-pod-identity-flink', build(config).trustPolicy)
  })
})

describe('grouping', () => {
  const cluster = (clusterName: string, namespace: string) => ({ clusterName, namespace, oidcIssuer: '', accountId: '' })

  it('gives clusters with the same namespaces one statement, so twelve clusters fit the default quota', () => {
    const clusters = Array.from({ length: 12 }, (_, i) => [cluster(`cluster-${i + 1}`, 'spark-jobs'), cluster(`cluster-${i + 1}`, 'etl')]).flat()
    const trust = build(podIdentityTestConfig({ roleName: 'r'.repeat(64) }, { clusters })).trustPolicy
    expect(trust.Statement).toHaveLength(1)
    expect(JSON.stringify(trust).length).toBeLessThan(2048)
    golden('trust-pod-identity-12-clusters', trust)
  })

  it('never grants a cluster a namespace that was given only for another cluster', () => {
    const trust = build(podIdentityTestConfig({}, { clusters: [cluster('a', 'x'), cluster('b', 'x'), cluster('b', 'y')] })).trustPolicy
    expect(trust.Statement.map((s) => s.Condition?.StringEquals)).toMatchObject([
      { 'aws:RequestTag/eks-cluster-arn': 'arn:aws:eks:us-west-2:123456789012:cluster/a', 'aws:RequestTag/kubernetes-namespace': 'x' },
      { 'aws:RequestTag/eks-cluster-arn': 'arn:aws:eks:us-west-2:123456789012:cluster/b', 'aws:RequestTag/kubernetes-namespace': ['x', 'y'] },
    ])
  })
})

describe('the service accounts', () => {
  // The role name and base36 value of domain-facts §1.2 ("myrole" → "16o0gwny3p").
  const names = (serviceAccounts: Config['eks']['serviceAccounts']) =>
    podIdentityServiceAccounts(podIdentityTestConfig({}, { serviceAccounts }), TEST_CONTEXT)

  it('are the start_job_run ones of create-role-associations, computed offline', () => {
    expect(names({ sparkOperator: false, flinkOperator: false, livy: false })).toEqual([
      'emr-containers-sa-spark-client-123456789012-16o0gwny3p',
      'emr-containers-sa-spark-driver-123456789012-16o0gwny3p',
      'emr-containers-sa-spark-executor-123456789012-16o0gwny3p',
    ])
  })

  it('add what --type spark_operator, flink_operator and livy associate, once each', () => {
    expect(names({ sparkOperator: true, flinkOperator: true, livy: true })).toEqual([
      'emr-containers-sa-spark-client-123456789012-16o0gwny3p',
      'emr-containers-sa-spark-driver-123456789012-16o0gwny3p',
      'emr-containers-sa-spark-executor-123456789012-16o0gwny3p',
      'emr-containers-sa-spark-operator',
      'emr-containers-sa-flink-operator',
      'emr-containers-sa-flink-jobmanager-123456789012-16o0gwny3p',
      'emr-containers-sa-flink-taskmanager-123456789012-16o0gwny3p',
      'emr-containers-sa-livy',
      'emr-container-sa-spark-livy',
    ])
  })

  it('one association per service account in each pair, in form order', () => {
    const config = podIdentityTestConfig({}, { serviceAccounts: { sparkOperator: false, flinkOperator: false, livy: false } })
    const associations = podIdentityAssociations(config, TEST_CONTEXT)
    expect(associations).toHaveLength(9)
    expect(associations[3]).toEqual({
      clusterName: 'analytics',
      namespace: 'etl',
      serviceAccount: 'emr-containers-sa-spark-client-123456789012-16o0gwny3p',
    })
  })
})

describe('answers', () => {
  it('need no OIDC issuer with Pod Identity, and still do with IRSA', () => {
    const config = podIdentityTestConfig()
    expect(configSchema.safeParse(config).success).toBe(true)
    const irsa = configSchema.safeParse({ ...config, eksCredentials: 'irsa' })
    expect(irsa.error?.issues.map((issue) => issue.path.join('.'))).toContain('eks.clusters.0.oidcIssuer')
  })

  it('leave the IRSA merge and the update-role-trust-policy commands out', () => {
    const documents = build(podIdentityTestConfig({}, { existingTrustPolicy: '{"Version":"2012-10-17","Statement":[]}' }))
    expect(documents.trustMerge).toBeNull()
    expect(documents.cliCommands).toEqual([])
    expect(documents.trustPolicy.Statement.every((s) => s.Principal?.Service === POD_IDENTITY_PRINCIPAL)).toBe(true)
  })

  it('write the role’s partition, account and region as placeholders for a template', () => {
    const config = configSchema.parse(podIdentityTestConfig())
    const text = JSON.stringify(buildPodIdentityTrustStatements(config, placeholderContext(config)))
    expect(text).not.toContain('123456789012')
    expect(text).not.toContain('us-west-2')
  })
})

/**
 * A session as EKS Pod Identity tags it (pod-id-abac.html), and IAM's evaluation of one trust statement for it:
 * the principal and both actions, then each condition operator over its keys (AND), each key over its values
 * (OR). StringEquals compares exactly; StringLike treats * and ? as wildcards. A key missing from the request
 * does not match.
 */
interface Session {
  clusterArn: string
  clusterName: string
  namespace: string
  serviceAccount: string
}

const likeToRegExp = (pattern: string) =>
  new RegExp(`^${[...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')}$`, 's')

function allows(statement: Statement, session: Session): boolean {
  const tags: Record<string, string> = {
    'aws:RequestTag/eks-cluster-arn': session.clusterArn,
    'aws:RequestTag/eks-cluster-name': session.clusterName,
    'aws:RequestTag/kubernetes-namespace': session.namespace,
    'aws:RequestTag/kubernetes-service-account': session.serviceAccount,
  }
  const actions = [statement.Action].flat()
  if (statement.Effect !== 'Allow' || statement.Principal?.Service !== POD_IDENTITY_PRINCIPAL) return false
  if (!actions.includes('sts:AssumeRole') || !actions.includes('sts:TagSession')) return false
  return Object.entries(statement.Condition ?? {}).every(([operator, keys]) =>
    Object.entries(keys).every(([key, values]) => {
      const actual = tags[key]
      if (actual === undefined) return false
      const list = [values].flat()
      if (operator === 'StringEquals') return list.includes(actual)
      if (operator === 'StringLike') return list.some((value) => likeToRegExp(value).test(actual))
      throw new Error(`the matcher does not know ${operator}`)
    }),
  )
}

const name = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/)

/** Valid Pod Identity configurations: one to four pairs over a few cluster names and namespaces, operators or not. */
const podIdentityConfig = fc
  .record({
    pairs: fc.uniqueArray(fc.tuple(fc.constantFrom('a', 'b', 'c-1', 'b_2'), fc.oneof(fc.constantFrom('jobs', 'etl'), name)), {
      minLength: 1,
      maxLength: 6,
      selector: ([cluster, namespace]) => `${cluster}/${namespace}`,
    }),
    serviceAccounts: fc.record({ sparkOperator: fc.boolean(), flinkOperator: fc.boolean(), livy: fc.boolean() }),
    region: fc.constantFrom('us-east-1', 'cn-north-1', 'us-gov-west-1'),
    roleName: fc.stringMatching(/^[\w+=,.@-]{1,64}$/),
  })
  .map(({ pairs, serviceAccounts, region, roleName }) =>
    podIdentityTestConfig({ region, roleName }, {
      clusters: pairs.map(([clusterName, namespace]) => ({ clusterName, namespace, oidcIssuer: '', accountId: '' })),
      serviceAccounts,
    }),
  )

const sessionFor = (context: RoleContext, clusterName: string, namespace: string, serviceAccount: string): Session => ({
  clusterArn: `arn:${context.partition}:eks:${context.region}:${context.accountId}:cluster/${clusterName}`,
  clusterName,
  namespace,
  serviceAccount,
})

describe('the Pod Identity trust (property)', () => {
  it('lets in exactly the sessions of the associations, and no session tagged with another cluster or namespace', () => {
    fc.assert(
      fc.property(
        podIdentityConfig,
        fc.constantFrom('a', 'b', 'c-1', 'b_2', 'z'),
        fc.oneof(fc.constantFrom('jobs', 'etl'), name),
        fc.nat(12),
        (config, otherCluster, otherNamespace, pick) => {
          const context = resolveRoleContext(configSchema.parse(config))
          const statements = build(config).trustPolicy.Statement
          const matches = (session: Session) => statements.some((statement) => allows(statement, session))
          const associations = podIdentityAssociations(config, context)
          // Every association's session is let in.
          for (const a of associations) expect(matches(sessionFor(context, a.clusterName, a.namespace, a.serviceAccount))).toBe(true)
          // A session for a (cluster, namespace) pair that was not given never is, whatever its service account.
          const serviceAccounts = podIdentityServiceAccounts(config, context)
          const serviceAccount = serviceAccounts[pick % serviceAccounts.length] ?? ''
          const given = config.eks.clusters.some((c) => c.clusterName === otherCluster && c.namespace === otherNamespace)
          if (!given) expect(matches(sessionFor(context, otherCluster, otherNamespace, serviceAccount))).toBe(false)
          // Nor is one from a cluster of the same name in another account or region, or with another service account.
          const [first] = associations
          if (first === undefined) return
          const elsewhere = sessionFor(context, first.clusterName, first.namespace, first.serviceAccount)
          expect(matches({ ...elsewhere, clusterArn: elsewhere.clusterArn.replace(context.accountId, '210987654321') })).toBe(false)
          expect(matches({ ...elsewhere, clusterArn: elsewhere.clusterArn.replace(`:${context.region}:`, ':eu-central-1:') })).toBe(false)
          expect(matches({ ...elsewhere, serviceAccount: `${first.serviceAccount}-x` })).toBe(false)
          expect(matches({ ...elsewhere, serviceAccount: 'default' })).toBe(false)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('matches nothing without session tags (an association with disableSessionTags)', () => {
    const statements = build(podIdentityTestConfig()).trustPolicy.Statement
    const untagged = { clusterArn: undefined, clusterName: undefined, namespace: undefined, serviceAccount: undefined }
    expect(statements.some((s) => allows(s, untagged as unknown as Session))).toBe(false)
  })
})
