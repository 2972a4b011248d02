import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validConfig } from '../config-arbitrary.test-util'
import { logAnswers } from '../config/log-answers'
import { validateConfig } from '../config/validate-config'
import { draftConfig } from '../draft/draft-config'
import { buildRoleDocuments } from '../role/build-role-documents'
import { explainDocument } from '../explain/explain-document'
import { assessRisks } from '../risks/assess-risks'
import { summarizeRole } from '../summary/role-summary'
import { eksTestConfig, testConfig } from '../test-configs'
import { kmsKeyArnProblem } from './key-arn'
import type { Config } from '../config/schema'
import type { PolicyDocument } from '../iam/policy'

const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'

describe('kmsKeyArnProblem', () => {
  it.each<[string, string, string, RegExp | undefined]>([
    ['a key ARN', KEY, 'aws', undefined],
    ['a multi-Region key', 'arn:aws:kms:eu-west-1:123456789012:key/mrk-0123456789abcdef', 'aws', undefined],
    ['an alias ARN', 'arn:aws:kms:us-east-1:123456789012:alias/data', 'aws', /alias ARN/],
    ['a bare key ID', '1234abcd-12ab-34cd-56ef-1234567890ab', 'aws', /full ARN/],
    ['another partition', KEY, 'aws-cn', /partition aws, the role in aws-cn/],
    ['empty: named later', '', 'aws', /Paste the KMS key/],
    ['a wildcard', 'arn:aws:kms:us-east-1:123456789012:key/*', 'aws', /form arn:aws:kms/],
    ['a policy variable', 'arn:aws:kms:us-east-1:123456789012:key/${aws:username}', 'aws', /form arn:aws:kms/],
  ])('%s', (_case, text, partition, expected) => {
    const problem = kmsKeyArnProblem(text, partition)
    if (expected === undefined) expect(problem).toBeUndefined()
    else expect(problem).toMatch(expected)
  })
})

const keyStatements = (doc: PolicyDocument | null) => (doc?.Statement ?? []).filter((s) => [s.Action].flat().some((a) => a.startsWith('kms:')))

describe('a bucket without a key', () => {
  it('serializes as before: no kmsKeyArn, no KMS statement', () => {
    const config = validateConfig(testConfig())
    if (!config.ok) throw new Error('invalid')
    expect(JSON.stringify(config.value.buckets)).not.toContain('kmsKeyArn')
    expect(keyStatements(buildRoleDocuments(config.value).permissionsPolicy)).toEqual([])
  })
})

describe('a key to be named later', () => {
  it('is a draft with a placeholder key ARN, never a granted key', () => {
    const values = testConfig({ buckets: [{ name: 'amzn-example-out', prefix: '', access: 'read-write', kmsKeyArn: '' }] })
    const checked = validateConfig(values)
    expect(checked.ok).toBe(false)
    const draft = draftConfig(values, checked.ok ? [] : checked.problems)
    expect(draft?.placeholders).toEqual([
      { field: 'buckets.0.kmsKeyArn', value: 'arn:aws:kms:us-east-1:111122223333:key/your-kms-key-id', standsFor: 'the bucket’s KMS key ARN' },
    ])
  })
})

describe('risks, explanations and summary', () => {
  const config = validateConfig(
    testConfig({
      region: 'eu-west-1',
      buckets: [{ name: 'amzn-example-out', prefix: 'results/', access: 'read-write', kmsKeyArn: KEY }],
    }),
  )
  if (!config.ok) throw new Error(JSON.stringify(config.problems))
  const docs = buildRoleDocuments(config.value)
  it('warns that a prefix does not narrow the key, and that the key is in another region', () => {
    const ids = assessRisks(config.value, docs).map((r) => r.id)
    expect(ids).toContain('kms-key-whole-bucket-context')
    expect(ids).toContain('kms-key-other-region')
  })
  it('explains the statement and prints the key-policy statement with the role as principal', () => {
    const explained = explainDocument(config.value, 'permissions-policy', docs.permissionsPolicy).find((e) => e.sid.startsWith('S3ReadWriteWithKey'))
    expect(explained?.field).toBe('buckets.0.kmsKeyArn')
    expect(explained?.sentence).toContain('"Principal":{"AWS":"arn:aws:iam::123456789012:role/EMRServerlessS3RuntimeRole"}')
    expect(explained?.sentence).toContain('"kms:ViaService":"s3.us-east-1.amazonaws.com"')
  })
  it('the summary names the key and no longer claims no KMS access', () => {
    const summary = summarizeRole(config.value)
    expect(summary.can.join('\n')).toContain(KEY)
    expect(summary.cannot.join('\n')).not.toContain('IAM and KMS included')
  })
})

describe('property: no statement grants a key the configuration did not name', () => {
  const namedKeys = (config: Config): Set<string> =>
    new Set([
      ...(config.s3Access === 'specific' ? config.buckets.flatMap((b) => (b.kmsKeyArn ? [b.kmsKeyArn] : [])) : []),
      ...[logAnswers(config).logs].flatMap((logs) => (logs.enabled && logs.kmsKeyArn ? [logs.kmsKeyArn] : [])),
    ])
  it('every kms:* statement is on named key ARNs only, each with kms:ViaService', () => {
    fc.assert(
      fc.property(validConfig, (config) => {
        const docs = buildRoleDocuments(config)
        const named = namedKeys(config)
        for (const doc of [docs.permissionsPolicy, docs.submitterPolicy, docs.trustPolicy]) {
          for (const statement of keyStatements(doc)) {
            for (const resource of [statement.Resource ?? []].flat()) expect(named.has(resource)).toBe(true)
            expect(statement.Condition?.StringEquals?.['kms:ViaService']).toBeDefined()
          }
        }
        const granted = new Set(keyStatements(docs.permissionsPolicy).flatMap((s) => [s.Resource ?? []].flat()))
        expect(granted).toEqual(named)
      }),
      { numRuns: 300 },
    )
  })
})

describe('EMR on EKS: logs to an encrypted log group', () => {
  const LOG_KEY = 'arn:aws:kms:us-west-2:123456789012:key/0987dcba-09fe-87dc-65ba-ab0987654321'
  const logs = { enabled: true, logGroupName: '/emr-on-eks/jobs', logStreamPrefix: 'spark', createLogGroup: false }
  const config = eksTestConfig({}, { logs: { ...logs, kmsKeyArn: LOG_KEY } })

  it('uses the key through CloudWatch Logs, for that log group only, and explains it at the key field', () => {
    const docs = buildRoleDocuments(config)
    expect(keyStatements(docs.permissionsPolicy)).toEqual([
      {
        Sid: 'UseLogGroupKmsKeyThroughCloudWatchLogs',
        Effect: 'Allow',
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
        Resource: [LOG_KEY],
        Condition: {
          StringEquals: { 'kms:ViaService': 'logs.us-west-2.amazonaws.com' },
          ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': 'arn:aws:logs:us-west-2:123456789012:log-group:/emr-on-eks/jobs' },
        },
      },
    ])
    const explained = explainDocument(config, 'permissions-policy', docs.permissionsPolicy).find((e) => e.sid === 'UseLogGroupKmsKeyThroughCloudWatchLogs')
    expect(explained?.field).toBe('eks.logs.kmsKeyArn')
    expect(summarizeRole(config).can.join('\n')).toContain(LOG_KEY)
  })

  it('without a key, the logs statements are as before; a bad key is refused at its field; an empty one is a draft', () => {
    expect(keyStatements(buildRoleDocuments(eksTestConfig({}, { logs })).permissionsPolicy)).toEqual([])
    const refused = validateConfig(eksTestConfig({}, { logs: { ...logs, kmsKeyArn: 'arn:aws:kms:us-west-2:123456789012:alias/logs' } }))
    expect(!refused.ok && refused.problems.map((p) => p.field)).toEqual(['eks.logs.kmsKeyArn'])
    const empty = eksTestConfig({}, { logs: { ...logs, kmsKeyArn: '' } })
    const checked = validateConfig(empty)
    const draft = !checked.ok ? draftConfig(empty, checked.problems) : null
    expect(draft?.placeholders.map((p) => p.field)).toEqual(['eks.logs.kmsKeyArn'])
  })
})
