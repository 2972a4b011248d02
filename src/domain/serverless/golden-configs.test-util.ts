import type { Config } from '../config/schema'
import { testConfig } from '../test-configs'

/** The configurations of the EMR Serverless golden documents (serverless-documents.test.ts); the agreement test asks their documents too. */
export const SERVERLESS_GOLDEN_CONFIGS: Record<string, Config> = {
  'all-buckets': testConfig({ s3Access: 'all' }),
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
  'glue-none': testConfig({ glueAccess: 'none' }),
  'glue-read': testConfig({ glueAccess: 'read' }),
  'glue-create-read': testConfig({ glueAccess: 'create-read' }),
  'partition-aws': testConfig({ region: 'eu-west-1', glueAccess: 'read' }),
  'partition-aws-cn': testConfig({ region: 'cn-north-1', glueAccess: 'read', s3Access: 'all' }),
  'partition-aws-us-gov': testConfig({ region: 'us-gov-west-1', glueAccess: 'read' }),
  'role-with-path': testConfig({ rolePath: '/emr/jobs/' }),
  'source-arn-two-applications': testConfig({
    trust: {
      sourceAccount: true,
      sourceArn: 'applications',
      applicationIds: [{ id: '00fexample2222222' }, { id: '00fexample1111111' }],
    },
  }),
  'source-arn-all-applications-no-source-account': testConfig({
    trust: { sourceAccount: false, sourceArn: 'all-applications', applicationIds: [] },
  }),
  'job-runs-two-applications': testConfig({
    submitterJobRuns: {
      enabled: true,
      interactive: false,
      scope: 'applications',
      applicationIds: [{ id: '00fexample2222222' }, { id: '00fexample1111111' }],
    },
  }),
  'kms-read-and-read-write-buckets': testConfig({
    buckets: [
      { name: 'amzn-example-in', prefix: '', access: 'read', kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
      { name: 'amzn-example-out', prefix: 'results/', access: 'read-write', kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
      { name: 'amzn-example-audit', prefix: '', access: 'read-write', kmsKeyArn: 'arn:aws:kms:us-east-1:210987654321:key/mrk-0123456789abcdef0123456789abcdef' },
      { name: 'amzn-example-plain', prefix: '', access: 'read' },
    ],
  }),
  'serverless-logs-encrypted': testConfig({
    serverlessLogs: {
      enabled: true,
      logGroupName: '/aws/emr-serverless',
      logStreamPrefix: 'team-a',
      createLogGroup: true,
      kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/0987dcba-09fe-87dc-65ba-ab0987654321',
    },
  }),
  'job-runs-all-applications-interactive-aws-cn': testConfig({
    region: 'cn-north-1',
    submitterJobRuns: { enabled: true, interactive: true, scope: 'all-applications', applicationIds: [] },
  }),
}
