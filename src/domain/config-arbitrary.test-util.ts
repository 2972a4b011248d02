import fc from 'fast-check'
import { partitionOfRegion } from './config/partition'
import { configSchema, type Config } from './config/schema'
import { eksTestConfig, testConfig } from './test-configs'

const lower = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** Lower-case letters and digits, `min` to `max` of them. */
export const word = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...lower), { minLength: min, maxLength: max }).map((c) => c.join(''))

const bucketName = fc.tuple(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), word(2, 20)).map(([a, b]) => `b${a}${b}`)
const bucket = fc.record({
  name: bucketName,
  prefix: fc.oneof(fc.constant(''), word(1, 8).map((w) => `${w}/`)),
  access: fc.constantFrom('read' as const, 'read-write' as const),
  /** Which SSE-KMS key, if any (filled in below with the configuration's partition and region). */
  kmsKey: fc.constantFrom(undefined, 'key-a', 'key-b'),
})

/** Glue on every database, or up to three listed ones (with `default` sometimes), each read or read-write, some with tables. */
const glueScope = fc.record({
  scope: fc.constantFrom('all-databases' as const, 'databases' as const),
  databases: fc.uniqueArray(
    fc.record({
      name: fc.oneof(word(1, 10), fc.constant('default')),
      access: fc.constantFrom('read' as const, 'read-write' as const),
      tables: fc.uniqueArray(word(1, 10), { maxLength: 2 }).map((names) => names.map((name) => ({ name }))),
    }),
    { minLength: 1, maxLength: 3, selector: (d) => d.name },
  ),
  icebergRest: fc.boolean(),
})

const tableBucketRow = fc.record({
  bucket: bucketName.map((name) => name.replace(/^b/, 't')),
  namespace: fc.oneof(fc.constant(''), word(1, 8).map((w) => `n${w}`)),
  access: fc.constantFrom('read' as const, 'read-write' as const),
})

/** Valid configurations of both targets, with the answers a person can vary (EMR on EKS: one pair, defaults). */
export const validConfig: fc.Arbitrary<Config> = fc
  .record({
    target: fc.constantFrom('serverless' as const, 'eks' as const),
    region: fc.constantFrom('us-east-1', 'eu-west-1', 'cn-north-1', 'us-gov-west-1'),
    accountId: fc.stringMatching(/^\d{12}$/),
    roleName: fc.stringMatching(/^[\w+=,.@-]{1,64}$/),
    s3Access: fc.constantFrom('all' as const, 'specific' as const, 'none' as const),
    buckets: fc.uniqueArray(bucket, { minLength: 1, maxLength: 6, selector: (b) => `${b.name}/${b.prefix}` }),
    glueAccess: fc.constantFrom('none' as const, 'read' as const, 'create-read' as const),
    emrSamplesAccess: fc.boolean(),
    passRolePolicy: fc.boolean(),
    submitterJobRuns: fc.record({
      enabled: fc.boolean(),
      interactive: fc.boolean(),
      scope: fc.constantFrom('applications' as const, 'all-applications' as const),
      applicationIds: fc.uniqueArray(word(1, 16), { minLength: 1, maxLength: 3 }).map((ids) => ids.map((id) => ({ id }))),
    }),
    roleSettings: fc.record({
      /** The boundary's owner and name; the partition follows the region. */
      boundary: fc.option(fc.tuple(fc.constantFrom('aws', '123456789012'), word(1, 20)), { nil: null }),
      description: fc.oneof(fc.constant(''), fc.string({ maxLength: 40 }).filter((d) => !/[\p{C}]/u.test(d) && !d.startsWith('file'))),
      maxSessionDuration: fc.option(fc.integer({ min: 3600, max: 43200 }), { nil: null }),
      tags: fc.uniqueArray(fc.record({ key: word(1, 12), value: fc.oneof(fc.constant(''), word(1, 12)) }), { maxLength: 4, selector: (t) => t.key }),
    }),
    eksCredentials: fc.constantFrom('irsa' as const, 'pod-identity' as const),
    glueScope: glueScope,
    lakeFormation: fc.record({ enabled: fc.boolean() }),
    tableBuckets: fc.uniqueArray(tableBucketRow, { maxLength: 3, selector: (t) => `${t.bucket}/${t.namespace}` }),
    /** CloudWatch Logs (the target's own answers), perhaps to an encrypted log group. */
    logs: fc.option(fc.record({ createLogGroup: fc.boolean(), key: fc.constantFrom(undefined, 'log-key') }), { nil: null }),
  })
  .map(({ roleSettings: { boundary, ...settings }, logs: logChoice, ...answers }) => {
    const issuerHost = answers.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'
    const base = answers.target === 'eks' ? eksTestConfig() : testConfig()
    const partition = partitionOfRegion(answers.region)
    const buckets = answers.buckets.map(({ kmsKey, ...b }) =>
      kmsKey === undefined ? b : { ...b, kmsKeyArn: `arn:${partition}:kms:${answers.region}:123456789012:key/${kmsKey}` },
    )
    const permissionsBoundary = boundary === null ? '' : `arn:${partition}:iam::${boundary[0]}:policy/${boundary[1]}`
    const logs = {
      enabled: logChoice !== null,
      logGroupName: '/emr/jobs',
      logStreamPrefix: 'spark',
      createLogGroup: logChoice?.createLogGroup ?? false,
      ...(logChoice?.key === undefined ? {} : { kmsKeyArn: `arn:${partition}:kms:${answers.region}:123456789012:key/${logChoice.key}` }),
    }
    return {
      ...base,
      ...answers,
      buckets,
      roleSettings: { ...settings, permissionsBoundary },
      serverlessLogs: logs,
      eks: {
        ...base.eks,
        logs,
        clusters: [
          { clusterName: 'c1', namespace: 'jobs', oidcIssuer: `oidc.eks.${answers.region}.${issuerHost}/id/${'A'.repeat(32)}`, accountId: '' },
        ],
      },
    }
  })
  .filter((config) => configSchema.safeParse(config).success)
