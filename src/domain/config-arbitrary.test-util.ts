import fc from 'fast-check'
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
    tableBuckets: fc.uniqueArray(tableBucketRow, { maxLength: 3, selector: (t) => `${t.bucket}/${t.namespace}` }),
  })
  .map((answers) => {
    const issuerHost = answers.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'
    const base = answers.target === 'eks' ? eksTestConfig() : testConfig()
    return {
      ...base,
      ...answers,
      eks: {
        ...base.eks,
        clusters: [
          { clusterName: 'c1', namespace: 'jobs', oidcIssuer: `oidc.eks.${answers.region}.${issuerHost}/id/${'A'.repeat(32)}`, accountId: '' },
        ],
      },
    }
  })
  .filter((config) => configSchema.safeParse(config).success)
