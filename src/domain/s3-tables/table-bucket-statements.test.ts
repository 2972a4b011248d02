import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { configSchema, type Config } from '../config/schema'
import type { TableBucketEntry } from '../config/table-buckets-schema'
import { validateConfig } from '../config/validate-config'
import { validConfig, word } from '../config-arbitrary.test-util'
import { placeholderContext, resolveRoleContext } from '../context/role-context'
import { asGoldenJson, expectGolden } from '../golden.test-util'
import type { Statement } from '../iam/policy'
import { buildRoleDocuments } from '../role/build-role-documents'
import { eksTestConfig, testConfig, TEST_CONTEXT } from '../test-configs'
import { tableBucketArn } from './table-bucket-location'
import { buildTableBucketStatements } from './table-bucket-statements'

const OWN = 'arn:aws:s3tables:us-west-2:123456789012:bucket'
const OTHER = 'arn:aws:s3tables:eu-west-1:210987654321:bucket/shared'
const row = (bucket: string, access: TableBucketEntry['access'] = 'read', namespace = ''): TableBucketEntry => ({ bucket, namespace, access })
const list = (value: Statement['Action'] | Statement['Resource']) => (value === undefined ? [] : typeof value === 'string' ? [value] : value)
interface Shape {
  actions: string[]
  resources: string[]
  namespace: string | string[] | undefined
}
const shape = (statements: Statement[]): Record<string, Shape> =>
  Object.fromEntries(
    statements.map((s): [string, Shape] => [
      s.Sid ?? '',
      { actions: list(s.Action), resources: list(s.Resource), namespace: s.Condition?.StringEquals?.['s3tables:namespace'] },
    ]),
  )

/** The Service Authorization Reference's resource type for each action the builder uses (list_amazons3tables). */
const RESOURCE_TYPE: Record<string, 'TableBucket' | 'Table'> = {
  's3tables:GetTableBucket': 'TableBucket',
  's3tables:ListNamespaces': 'TableBucket',
  's3tables:GetNamespace': 'TableBucket',
  's3tables:ListTables': 'TableBucket',
  's3tables:CreateNamespace': 'TableBucket',
  's3tables:CreateTable': 'TableBucket',
  's3tables:GetTable': 'Table',
  's3tables:GetTableData': 'Table',
  's3tables:GetTableMetadataLocation': 'Table',
  's3tables:PutTableData': 'Table',
  's3tables:UpdateTableMetadataLocation': 'Table',
}
/** Actions with no s3tables:namespace condition key (same page): never in a namespace-limited statement. */
const NO_NAMESPACE_KEY = new Set(['s3tables:GetTableBucket', 's3tables:ListNamespaces', 's3tables:CreateNamespace'])

describe('S3 Tables statements', () => {
  it('no table buckets: nothing', () => {
    expect(buildTableBucketStatements(TEST_CONTEXT, [])).toEqual([])
  })

  it('read: describe the bucket, list its namespaces and tables, read its tables', () => {
    expect(shape(buildTableBucketStatements(TEST_CONTEXT, [row('lake')]))).toEqual({
      DescribeTableBuckets: { actions: ['s3tables:GetTableBucket', 's3tables:ListNamespaces'], resources: [`${OWN}/lake`], namespace: undefined },
      ListTablesInTableBuckets: { actions: ['s3tables:GetNamespace', 's3tables:ListTables'], resources: [`${OWN}/lake`], namespace: undefined },
      ReadTables: {
        actions: ['s3tables:GetTable', 's3tables:GetTableData', 's3tables:GetTableMetadataLocation'],
        resources: [`${OWN}/lake/table/*`],
        namespace: undefined,
      },
    })
  })

  it('read and write: also create namespaces and tables, write data and commit metadata', () => {
    const statements = shape(buildTableBucketStatements(TEST_CONTEXT, [row('lake', 'read-write'), row('raw')]))
    expect(statements.ReadTables?.resources).toEqual([`${OWN}/lake/table/*`, `${OWN}/raw/table/*`])
    expect(statements.CreateNamespacesAndTables).toEqual({
      actions: ['s3tables:CreateNamespace', 's3tables:CreateTable'],
      resources: [`${OWN}/lake`],
      namespace: undefined,
    })
    expect(statements.WriteTables).toEqual({
      actions: ['s3tables:PutTableData', 's3tables:UpdateTableMetadataLocation'],
      resources: [`${OWN}/lake/table/*`],
      namespace: undefined,
    })
  })

  it('a namespace: StringEquals on s3tables:namespace, no CreateNamespace; the bucket described without it', () => {
    const statements = shape(buildTableBucketStatements(TEST_CONTEXT, [row(OTHER, 'read-write', 'sales')]))
    expect(Object.keys(statements)).toEqual([
      'DescribeTableBuckets',
      'ListTablesInNamespaceSales',
      'ReadTablesInNamespaceSales',
      'CreateTablesInNamespaceSales',
      'WriteTablesInNamespaceSales',
    ])
    expect(statements.DescribeTableBuckets?.namespace).toBeUndefined()
    expect(statements.CreateTablesInNamespaceSales).toEqual({ actions: ['s3tables:CreateTable'], resources: [OTHER], namespace: 'sales' })
    expect(statements.WriteTablesInNamespaceSales?.resources).toEqual([`${OTHER}/table/*`])
  })

  it('a namespace row a whole-bucket row already covers adds nothing', () => {
    const covered = buildTableBucketStatements(TEST_CONTEXT, [row('lake', 'read-write'), row('lake', 'read', 'sales'), row('lake', 'read-write', 'eu')])
    expect(covered).toEqual(buildTableBucketStatements(TEST_CONTEXT, [row('lake', 'read-write')]))
    const wider = shape(buildTableBucketStatements(TEST_CONTEXT, [row('lake'), row('lake', 'read-write', 'sales')]))
    expect(wider.WriteTablesInNamespaceSales?.resources).toEqual([`${OWN}/lake/table/*`])
  })

  it('puts each action on the resource type the Service Authorization Reference gives it', () => {
    const rows = [row('lake', 'read-write'), row(OTHER, 'read-write', 'sales'), row('raw', 'read', 'eu')]
    for (const statement of buildTableBucketStatements(TEST_CONTEXT, rows)) {
      for (const action of list(statement.Action)) {
        const type = RESOURCE_TYPE[action]
        expect(type, action).toBeDefined()
        for (const arn of list(statement.Resource)) {
          expect(arn.includes('/table/'), `${action} on ${arn}`).toBe(type === 'Table')
        }
        if (statement.Condition !== undefined) expect(NO_NAMESPACE_KEY.has(action), action).toBe(false)
      }
    }
  })

  it.each([
    ['cn-north-1', 'arn:aws-cn:s3tables:cn-north-1:123456789012:bucket/lake'],
    ['us-gov-west-1', 'arn:aws-us-gov:s3tables:us-gov-west-1:123456789012:bucket/lake'],
  ])('writes the partition of %s into a name’s ARN', (region, arn) => {
    const config = testConfig({ region, tableBuckets: [row('lake')] })
    const statements = buildTableBucketStatements(resolveRoleContext(config), config.tableBuckets)
    expect(statements[0]?.Resource).toEqual([arn])
  })

  it('a template lists the ARNs in the preview’s order', () => {
    const config = testConfig({ region: 'us-east-1', tableBuckets: [row('arn:aws:s3tables:us-west-2:210987654321:bucket/zz'), row('aa')] })
    const concrete = buildTableBucketStatements(resolveRoleContext(config), config.tableBuckets)
    const template = buildTableBucketStatements(placeholderContext(config), config.tableBuckets)
    expect(list(concrete[0]?.Resource)[0]).toBe('arn:aws:s3tables:us-east-1:123456789012:bucket/aa')
    expect(list(template[0]?.Resource)[0]).toContain('bucket/aa')
  })
})

describe('S3 Tables in the role’s documents (golden files)', () => {
  const CASES: Record<string, Config> = {
    'serverless-two-table-buckets': testConfig({
      tableBuckets: [row('amzn-example-tables'), row('arn:aws:s3tables:eu-west-1:210987654321:bucket/shared-sales', 'read-write', 'sales')],
    }),
    'eks-table-buckets-aws-cn': eksTestConfig(
      { region: 'cn-north-1', s3Access: 'none', tableBuckets: [row('amzn-example-lake', 'read', 'curated'), row('amzn-example-lake', 'read-write', 'staging')] },
      { clusters: [{ clusterName: 'c', namespace: 'jobs', oidcIssuer: 'oidc.eks.cn-north-1.amazonaws.com.cn/id/F3FBBFA3747271100017387E04494B5C', accountId: '' }] },
    ),
  }
  it.each(Object.entries(CASES))('%s', (name, config) => {
    const { roleArn, permissionsPolicy, managedPolicyArns, trustPolicy, submitterPolicy } = buildRoleDocuments(configSchema.parse(config))
    expectGolden(join(import.meta.dirname, 'golden', `${name}.json`), asGoldenJson({ roleArn, permissionsPolicy, managedPolicyArns, trustPolicy, submitterPolicy }))
  })
})

describe('property: no statement grants a table bucket the configuration did not name', () => {
  const tableRow = (region: string) =>
    fc.record({
      bucket: fc.oneof(
        word(3, 12).map((w) => `t${w}`),
        fc.tuple(fc.stringMatching(/^\d{12}$/), word(3, 12)).map(([account, name]) => `arn:${region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov') ? 'aws-us-gov' : 'aws'}:s3tables:${region}:${account}:bucket/t${name}`),
      ),
      namespace: fc.oneof(fc.constant(''), word(1, 6).map((w) => `n${w}`)),
      access: fc.constantFrom('read' as const, 'read-write' as const),
    })
  const withTables = validConfig.chain((config) =>
    fc.uniqueArray(tableRow(config.region), { minLength: 1, maxLength: 5, selector: (t) => `${t.bucket}/${t.namespace}` }).map((tableBuckets) => ({ ...config, tableBuckets })),
  )

  it('every s3tables resource is a named bucket or its tables; write actions only where read and write was chosen; a namespace only where one was given', () => {
    fc.assert(
      fc.property(withTables, (config) => {
        const checked = validateConfig(config)
        if (!checked.ok) throw new Error(JSON.stringify(checked.problems))
        const context = resolveRoleContext(config)
        const named = new Map<string, TableBucketEntry[]>()
        for (const r of config.tableBuckets) {
          const arn = tableBucketArn(context, r.bucket)
          named.set(arn, [...(named.get(arn) ?? []), r])
        }
        const statements = buildRoleDocuments(config).permissionsPolicy?.Statement ?? []
        const tableStatements = statements.filter((s) => list(s.Action).some((a) => a.startsWith('s3tables:')))
        expect(tableStatements.length).toBeGreaterThan(0)
        for (const statement of tableStatements) {
          const namespace = statement.Condition?.StringEquals?.['s3tables:namespace']
          const writes = list(statement.Action).some((a) => /^s3tables:(Create|Put|Update)/.test(a))
          for (const arn of list(statement.Resource)) {
            const bucketArn = arn.replace(/\/table\/\*$/, '')
            const rows = named.get(bucketArn)
            expect(rows, arn).toBeDefined()
            const allowedBy = (rows ?? []).filter((r) => (namespace === undefined ? true : r.namespace === namespace || r.namespace === ''))
            expect(allowedBy.length, arn).toBeGreaterThan(0)
            if (writes) expect(allowedBy.some((r) => r.access === 'read-write'), `${arn} written`).toBe(true)
            if (namespace === undefined && statement.Sid !== 'DescribeTableBuckets') {
              expect((rows ?? []).some((r) => r.namespace === ''), `${arn} beyond its namespaces`).toBe(true)
            }
          }
        }
      }),
    )
  })
})
