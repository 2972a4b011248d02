import type { Config } from '../config/schema'
import { eksTestConfig, podIdentityTestConfig, testConfig } from '../test-configs'
import { lakeFormationConfig, scopedGlueConfig } from '../glue/glue-test-configs'

/** The configurations of the golden exports (renderers.test.ts); the agreement test asks their documents too. */
export const EXPORT_GOLDEN_CONFIGS: Record<string, Config> = {
  serverless: testConfig({
    s3Access: 'all',
    glueAccess: 'read',
    rolePath: '/emr/',
    trust: { sourceAccount: true, sourceArn: 'applications', applicationIds: [{ id: '00fexample1111111' }] },
  }),
  'serverless-specific': testConfig({
    buckets: [{ name: 'amzn-example-out', prefix: 'results/', access: 'read-write' }],
    passRolePolicy: false,
  }),
  'serverless-job-runs': testConfig({
    submitterJobRuns: { enabled: true, interactive: true, scope: 'applications', applicationIds: [{ id: '00fexample1111111' }] },
  }),
  'serverless-job-runs-all-gov': testConfig({
    region: 'us-gov-west-1',
    submitterJobRuns: { enabled: true, interactive: false, scope: 'all-applications', applicationIds: [] },
  }),
  'serverless-kms-buckets': testConfig({
    buckets: [
      { name: 'amzn-example-in', prefix: '', access: 'read', kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
      { name: 'amzn-example-out', prefix: 'results/', access: 'read-write', kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
    ],
  }),
  'serverless-logs': testConfig({
    serverlessLogs: {
      enabled: true,
      logGroupName: '/aws/emr-serverless',
      logStreamPrefix: 'team-a',
      createLogGroup: false,
      kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/0987dcba-09fe-87dc-65ba-ab0987654321',
    },
  }),
  'serverless-role-settings': testConfig({
    roleSettings: {
      permissionsBoundary: 'arn:aws:iam::123456789012:policy/boundaries/DataPlatformBoundary',
      description: 'Spark jobs of the "data" team: ${not.a.variable} %{nor.a.directive} `no command` $(none) 100%',
      maxSessionDuration: 43200,
      tags: [
        { key: 'team', value: 'data platform' },
        { key: 'cost-center', value: '4711' },
        { key: 'owner', value: 'ops@example.com' },
      ],
    },
  }),
  'eks-boundary': eksTestConfig(
    { roleSettings: { permissionsBoundary: 'arn:aws:iam::aws:policy/PowerUserAccess', description: '', maxSessionDuration: null, tags: [] } },
  ),
  'serverless-glue-scoped': scopedGlueConfig(),
  'eks-lake-formation': lakeFormationConfig(),
  'eks-logs-encrypted': eksTestConfig(
    {},
    {
      logs: {
        enabled: true,
        logGroupName: '/emr-on-eks/analytics',
        logStreamPrefix: 'etl',
        createLogGroup: true,
        kmsKeyArn: 'arn:aws:kms:us-west-2:123456789012:key/0987dcba-09fe-87dc-65ba-ab0987654321',
      },
    },
  ),
  'serverless-table-buckets': testConfig({
    tableBuckets: [
      { bucket: 'amzn-example-tables', namespace: '', access: 'read' },
      { bucket: 'arn:aws:s3tables:eu-west-1:210987654321:bucket/shared-sales', namespace: 'sales', access: 'read-write' },
    ],
  }),
  'serverless-table-buckets-gov': testConfig({
    region: 'us-gov-west-1',
    s3Access: 'none',
    tableBuckets: [
      { bucket: 'amzn-example-lake', namespace: 'curated', access: 'read' },
      { bucket: 'amzn-example-lake', namespace: 'staging', access: 'read-write' },
    ],
  }),
  eks: eksTestConfig(
    { glueAccess: 'create-read', buckets: [{ name: 'amzn-example-data', prefix: '', access: 'read' }] },
    {
      logs: { enabled: true, logGroupName: '/emr-on-eks/spark', logStreamPrefix: 'jobs', createLogGroup: false },
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
  'eks-china': eksTestConfig(
    { region: 'cn-north-1', s3Access: 'none' },
    { clusters: [{ clusterName: 'c', namespace: 'jobs', oidcIssuer: 'oidc.eks.cn-north-1.amazonaws.com.cn/id/F3FBBFA3747271100017387E04494B5C', accountId: '' }] },
  ),
  'eks-pod-identity': podIdentityTestConfig({ buckets: [{ name: 'amzn-example-data', prefix: '', access: 'read-write' }] }),
}
