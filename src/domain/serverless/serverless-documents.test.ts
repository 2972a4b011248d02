import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { configSchema, type Config } from '../config/schema'
import { partitionOfRegion } from '../config/partition'
import type { PolicyDocument, Statement } from '../iam/policy'
import { testConfig } from '../test-configs'
import { asGoldenJson, expectGolden } from '../golden.test-util'
import { SERVERLESS_GOLDEN_CONFIGS } from './golden-configs.test-util'
import { buildServerlessDocuments } from './serverless-documents'

const GOLDEN_DIR = join(import.meta.dirname, 'golden')

const CASES = SERVERLESS_GOLDEN_CONFIGS

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
