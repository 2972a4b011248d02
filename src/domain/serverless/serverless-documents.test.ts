import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { configSchema, type Config } from '../config/schema'
import { partitionOfRegion } from '../config/partition'
import type { PolicyDocument, Statement } from '../iam/policy'
import { testConfig } from '../test-configs'
import { asGoldenJson, expectGolden } from '../golden.test-util'
import { buildServerlessDocuments } from './serverless-documents'

const GOLDEN_DIR = join(import.meta.dirname, 'golden')

const CASES: Record<string, Config> = {
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

describe('EMR Serverless documents (golden files)', () => {
  it.each(Object.entries(CASES))('%s', (name, config) => {
    const parsed = configSchema.parse(config)
    const { roleArn, permissionsPolicy, managedPolicyArns, trustPolicy, submitterPolicy } = buildServerlessDocuments(parsed)
    const actual = { roleArn, permissionsPolicy, managedPolicyArns, trustPolicy, submitterPolicy }
    expectGolden(join(GOLDEN_DIR, `${name}.json`), asGoldenJson(actual))
  })
})

describe('every document is valid, least-privilege IAM', () => {
  it.each(Object.entries(CASES))('%s', (_name, config) => {
    const docs = buildServerlessDocuments(configSchema.parse(config))
    const partition = partitionOfRegion(config.region)
    const all = [docs.permissionsPolicy, docs.trustPolicy, docs.submitterPolicy].filter(
      (d): d is PolicyDocument => d !== null,
    )
    for (const doc of all) {
      expect(doc.Version).toBe('2012-10-17')
      expect(doc.Statement.length).toBeGreaterThan(0)
      const sids = doc.Statement.map((s) => s.Sid)
      expect(new Set(sids).size).toBe(sids.length)
      for (const statement of doc.Statement) {
        expect(statement.Sid).toMatch(/^[A-Za-z0-9]+$/)
        for (const arn of resources(statement)) expect(arn.startsWith(`arn:${partition}:`)).toBe(true)
      }
    }
    for (const statement of docs.permissionsPolicy?.Statement ?? []) {
      const actions = list(statement.Action)
      const arns = resources(statement)
      if (actions.includes('s3:ListBucket')) {
        expect(actions).toEqual(['s3:ListBucket'])
        for (const arn of arns) expect(arn).not.toContain('/')
      }
      if (actions.some((a) => /^s3:(Get|Put|Delete)Object$/.test(a))) {
        for (const arn of arns) expect(arn).toMatch(/^arn:[a-z-]+:s3:::[^/]+\/.*\*$/)
      }
    }
  })
})

describe('documents follow the answers', () => {
  it('puts the role path into the PassRole resource', () => {
    const docs = buildServerlessDocuments(configSchema.parse(testConfig({ rolePath: '/emr/jobs/' })))
    expect(docs.submitterPolicy?.Statement[0]?.Resource).toBe(
      'arn:aws:iam::123456789012:role/emr/jobs/EMRServerlessS3RuntimeRole',
    )
  })

  it('attaches AmazonS3FullAccess only for All buckets, in the right partition', () => {
    const arns = (c: Partial<Config>) => buildServerlessDocuments(configSchema.parse(testConfig(c))).managedPolicyArns
    expect(arns({ s3Access: 'all', region: 'us-gov-east-1' })).toEqual([
      'arn:aws-us-gov:iam::aws:policy/AmazonS3FullAccess',
    ])
    expect(arns({ s3Access: 'specific' })).toEqual([])
    expect(arns({ s3Access: 'none' })).toEqual([])
  })

  it('leaves out the permissions policy when nothing is granted inline', () => {
    const docs = buildServerlessDocuments(
      configSchema.parse(testConfig({ s3Access: 'all', emrSamplesAccess: false, glueAccess: 'none' })),
    )
    expect(docs.permissionsPolicy).toBeNull()
    expect(docs.managedPolicyArns).toHaveLength(1)
  })

  it('ignores the bucket list unless Specific buckets is chosen', () => {
    const withBuckets = testConfig({ s3Access: 'none', buckets: [{ name: 'x', prefix: '', access: 'read' }] })
    const docs = buildServerlessDocuments(configSchema.parse(withBuckets))
    expect(JSON.stringify(docs.permissionsPolicy)).not.toContain('arn:aws:s3:::x')
  })

  it('is deterministic: bucket order does not change the bytes', () => {
    const buckets = CASES['specific-three-buckets-with-prefixes']?.buckets ?? []
    const a = buildServerlessDocuments(configSchema.parse(testConfig({ buckets })))
    const b = buildServerlessDocuments(configSchema.parse(testConfig({ buckets: [...buckets].reverse() })))
    expect(JSON.stringify(b)).toBe(JSON.stringify(a))
  })
})

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

function resources(statement: Statement): string[] {
  const federated = statement.Principal?.Federated
  return [...list(statement.Resource), ...list(federated)].filter((r) => r !== '*')
}
