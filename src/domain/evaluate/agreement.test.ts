import { describe, expect, it } from 'vitest'
import { configSchema, type Config } from '../config/schema'
import { lakeFormationConfig, scopedGlueConfig } from '../glue/glue-test-configs'
import type { PolicyDocument } from '../iam/policy'
import { buildRoleDocuments } from '../role/build-role-documents'
import { eksTestConfig, podIdentityTestConfig, testConfig } from '../test-configs'
import { evaluatePolicies } from './evaluate-policies'
import { intendedGrants, type DocumentKind } from './intended-grants.test-util'

/**
 * The agreement test (issue 13, Done-when): for every golden configuration (the cases of
 * serverless/serverless-documents.test.ts, eks/eks-documents.test.ts and export/renderers.test.ts), each grant
 * the wizard meant, derived from the CONFIGURATION, is allowed by the documents it builds, and nearby requests
 * (another action, bucket, prefix, account, namespace, role, application or principal) are not.
 */
const CONFIGS: Record<string, Config> = {
  'specific-one-bucket': testConfig(),
  'specific-three-buckets-with-prefixes': testConfig({
    buckets: [
      { name: 'amzn-example-raw', prefix: 'landing/', access: 'read' },
      { name: 'amzn-example-curated', prefix: 'tables/sales/', access: 'read-write' },
      { name: 'amzn-example-logs', prefix: 'emr/', access: 'read-write' },
    ],
  }),
  'specific-mixed-whole-and-prefixed': testConfig({
    buckets: [
      { name: 'amzn-example-data', prefix: '', access: 'read' },
      { name: 'amzn-example-data', prefix: 'output/', access: 'read-write' },
      { name: 'amzn-example-scripts', prefix: 'jobs/', access: 'read' },
      { name: 'amzn-example-scripts', prefix: 'lib/', access: 'read' },
    ],
  }),
  'none-with-samples': testConfig({ s3Access: 'none' }),
  'none-without-samples-or-glue': testConfig({ s3Access: 'none', emrSamplesAccess: false, passRolePolicy: false }),
  'glue-read': testConfig({ glueAccess: 'read' }),
  'glue-create-read': testConfig({ glueAccess: 'create-read' }),
  'partition-aws-cn': testConfig({ region: 'cn-north-1', glueAccess: 'read' }),
  'partition-aws-us-gov': testConfig({ region: 'us-gov-west-1', glueAccess: 'read' }),
  'role-with-path': testConfig({ rolePath: '/emr/jobs/' }),
  'source-arn-two-applications': testConfig({
    trust: { sourceAccount: true, sourceArn: 'applications', applicationIds: [{ id: '00fexample2222222' }, { id: '00fexample1111111' }] },
  }),
  'source-arn-all-applications-no-source-account': testConfig({ trust: { sourceAccount: false, sourceArn: 'all-applications', applicationIds: [] } }),
  'kms-read-and-read-write-buckets': testConfig({
    buckets: [
      { name: 'amzn-example-in', prefix: '', access: 'read', kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
      { name: 'amzn-example-out', prefix: 'results/', access: 'read-write', kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
    ],
  }),
  'serverless-glue-scoped': scopedGlueConfig(),
  eks: eksTestConfig(
    { glueAccess: 'create-read' },
    {
      submitters: {
        enabled: true,
        virtualClusterIds: [{ id: 'abc123' }],
        limit: 'roles',
        roleArns: [{ arn: 'arn:aws:iam::123456789012:role/team-b' }],
        rolePrefix: '',
        conditionOperators: 'string',
      },
    },
  ),
  'eks-audience-and-prefix-limit': eksTestConfig(
    { buckets: [{ name: 'amzn-example-data', prefix: 'spark/', access: 'read-write' }] },
    {
      requireAudience: true,
      submitters: { enabled: true, virtualClusterIds: [{ id: 'a1b2c3d4e5f6g7h8i9j0k1l2m' }], limit: 'prefix', roleArns: [], rolePrefix: 'analytics-', conditionOperators: 'arn' },
    },
  ),
  'eks-china': eksTestConfig(
    { region: 'cn-north-1', s3Access: 'none' },
    { clusters: [{ clusterName: 'c', namespace: 'jobs', oidcIssuer: 'oidc.eks.cn-north-1.amazonaws.com.cn/id/F3FBBFA3747271100017387E04494B5C', accountId: '' }] },
  ),
  'eks-lake-formation': lakeFormationConfig(),
  'eks-pod-identity': podIdentityTestConfig({ buckets: [{ name: 'amzn-example-data', prefix: '', access: 'read-write' }] }),
}

function policiesOf(config: Config): Record<DocumentKind, { name: string; document: PolicyDocument }[]> {
  const documents = buildRoleDocuments(config)
  const one = (name: string, document: PolicyDocument | null) => (document ? [{ name, document }] : [])
  return {
    permissions: one('Permissions policy', documents.permissionsPolicy),
    trust: one('Trust policy', documents.trustPolicy),
    submitter: one('Submitter policy', documents.submitterPolicy),
  }
}

const CASES = Object.entries(CONFIGS).flatMap(([name, raw]) => {
  const config = configSchema.parse(raw)
  const policies = policiesOf(config)
  return intendedGrants(config).map((expectation) => ({ name, expectation, policies: policies[expectation.kind] }))
})

describe('the documents agree with the configuration', () => {
  it.each(CASES)('$name: $expectation.what → $expectation.verdict', ({ expectation, policies }) => {
    const result = evaluatePolicies(policies, expectation.request)
    expect(result.unusable).toEqual([])
    expect(result.verdict).toBe(expectation.verdict)
  })

  it('asks enough questions of every configuration', () => {
    for (const name of Object.keys(CONFIGS)) expect(CASES.filter((c) => c.name === name).length).toBeGreaterThanOrEqual(10)
  })
})
