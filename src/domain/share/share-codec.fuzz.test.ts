import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { configSchema, configShapeSchema, type Config } from '../config/schema'
import { validateConfig } from '../config/validate-config'
import { eksTestConfig, testConfig } from '../test-configs'
import { decodeConfig, openShareLink } from './share-codec'
import { encodeConfig } from './share-encode'

const lower = 'abcdefghijklmnopqrstuvwxyz0123456789'
const word = (min: number, max: number) =>
  fc.array(fc.constantFrom(...lower), { minLength: min, maxLength: max }).map((c) => c.join(''))
const bucketName = fc.tuple(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), word(2, 20)).map(([a, b]) => `b${a}${b}`)
const bucket = fc.record({
  name: bucketName,
  prefix: fc.oneof(fc.constant(''), word(1, 8).map((w) => `${w}/`)),
  access: fc.constantFrom('read' as const, 'read-write' as const),
})

/** Valid configurations of both targets, with the answers a person can vary. */
const validConfig: fc.Arbitrary<Config> = fc
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

/** A valid link, then cut, changed, extended or spliced at random. */
const mutatedLink = fc
  .tuple(validConfig, fc.nat(), fc.nat(), fc.string({ maxLength: 5 }), fc.constantFrom('cut', 'replace', 'insert', 'swap'))
  .map(([config, at, len, text, how]) => {
    const link = `#${encodeConfig(config)}`
    const i = at % link.length
    if (how === 'cut') return link.slice(0, i)
    if (how === 'replace') return link.slice(0, i) + text + link.slice(i + 1 + (len % 3))
    if (how === 'insert') return link.slice(0, i) + text + link.slice(i)
    return link.slice(i) + link.slice(0, i)
  })

describe('share-link decoder under fuzzing', () => {
  it('never throws on 8,000 arbitrary strings, and never accepts one', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string().map((s) => `#config=2.${s}`), fc.string().map((s) => `#config=${s}`)), (hash) => {
        const result = decodeConfig(hash)
        return result.ok === false && result.reason.length > 0
      }),
      { numRuns: 8000 },
    )
  })

  it('never throws on 4,000 mutated valid links; anything it accepts is a valid configuration', () => {
    fc.assert(
      fc.property(mutatedLink, (hash) => {
        const result = decodeConfig(hash)
        return result.ok ? configSchema.safeParse(result.value).success : result.reason.length > 0
      }),
      { numRuns: 4000 },
    )
  })

  it('opens 3,000 mutated valid links only with a sound structure, and reports exactly the rules they break', () => {
    fc.assert(
      fc.property(mutatedLink, (hash) => {
        const result = openShareLink(hash)
        if (!result.ok) return result.reason.length > 0
        const checked = validateConfig(result.values)
        return configShapeSchema.safeParse(result.values).success && (checked.ok ? [] : checked.problems).length === result.problems.length
      }),
      { numRuns: 3000 },
    )
  })

  it('round-trips 1,500 valid configurations unchanged', () => {
    fc.assert(
      fc.property(validConfig, (config) => {
        expect(decodeConfig(`#${encodeConfig(config)}`)).toEqual({ ok: true, value: config })
      }),
      { numRuns: 1500 },
    )
  })
})
