import LZString from 'lz-string'
import { describe, expect, it } from 'vitest'
import { defaultConfig, defaultEksConfig } from '../config/defaults'
import { eksTestConfig, testConfig } from '../test-configs'
import { checksum } from './checksum'
import { decodeConfig, hasSharedConfig, openShareLink } from './share-codec'
import { encodeConfig } from './share-encode'

const config = testConfig({
  region: 'eu-west-1',
  rolePath: '/emr/',
  s3Access: 'specific',
  buckets: [
    { name: 'amzn-example-in', prefix: 'raw/', access: 'read' },
    { name: 'amzn-example-out', prefix: '', access: 'read-write' },
  ],
  glueAccess: 'read',
  trust: { sourceAccount: true, sourceArn: 'applications', applicationIds: [{ id: '00fexample1111111' }] },
})

/** A link whose checksum is right, so only what is inside decides. */
function linkWith(payload: string): string {
  const data = LZString.compressToEncodedURIComponent(payload)
  return `#config=2.${checksum(data)}.${data}`
}

describe('share codec', () => {
  it('round-trips a configuration', () => {
    const hash = `#${encodeConfig(config)}`
    expect(hasSharedConfig(hash)).toBe(true)
    expect(decodeConfig(hash)).toEqual({ ok: true, value: config })
  })

  it('is versioned and URL-safe', () => {
    expect(encodeConfig(config)).toMatch(/^config=2\.[0-9a-f]{8}\.[A-Za-z0-9+\-$]+$/)
  })

  it('keeps hidden answers, such as buckets while All buckets is chosen', () => {
    const all = { ...config, s3Access: 'all' as const }
    expect(decodeConfig(`#${encodeConfig(all)}`)).toEqual({ ok: true, value: all })
  })

  it('compresses: an 80-bucket configuration fits in 2,000 characters', () => {
    const buckets = Array.from({ length: 80 }, (_, i) => ({ name: `amzn-example-${i}`, prefix: '', access: 'read' as const }))
    expect(encodeConfig({ ...config, buckets }).length).toBeLessThan(2000)
  })

  it.each<[string, string, RegExp]>([
    ['a truncated link', `#${encodeConfig(config).slice(0, -12)}`, /cut short or changed/],
    ['a tampered character', `#${tamper(encodeConfig(config))}`, /cut short or changed/],
    ['a newer format', `#${encodeConfig(config).replace('config=2.', 'config=7.')}`, /newer version .*format 7/],
    ['an unknown old format', `#${encodeConfig(config).replace('config=2.', 'config=0.')}`, /unknown format \(0\)/],
    ['no checksum', '#config=1.abc', /not in the expected form/],
    ['characters outside the alphabet', '#config=1.00000000.<script>', /not in the expected form/],
    ['an empty payload', `#config=1.${checksum('')}.`, /could not be decompressed/],
    ['data that is not compressed JSON', `#config=1.${checksum('AAAA')}.AAAA`, /could not be decompressed|not valid JSON/],
    ['compressed text that is not JSON', linkWith('{"region":'), /not valid JSON/],
  ])('explains %s', (_name, hash, reason) => {
    const result = decodeConfig(hash)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(reason)
  })

  it('opens a format-1 link (EMR Serverless only) as an EMR Serverless configuration', () => {
    const v1: Record<string, unknown> = { ...config }
    delete v1.target
    delete v1.eks
    const data = LZString.compressToEncodedURIComponent(JSON.stringify(v1))
    const result = decodeConfig(`#config=1.${checksum(data)}.${data}`)
    expect(result).toEqual({ ok: true, value: { ...config, target: 'serverless', eks: defaultEksConfig() } })
  })

  it('names each invalid field of a well-formed but edited configuration', () => {
    const edited = { ...config, accountId: '12345', buckets: [{ name: 'Bad_Name', prefix: '', access: 'read' }] }
    const result = decodeConfig(linkWith(JSON.stringify(edited)))
    expect(result).toEqual({
      ok: false,
      reason: 'The link’s configuration has values this tool cannot accept.',
      problems: [
        'accountId: An AWS account ID is exactly 12 digits; this one has 5.',
        'buckets.0.name: Bucket names cannot contain upper-case letters. Did you mean "bad-name"?',
      ],
    })
  })

  it('opens a well-formed but edited configuration with every answer, each broken rule at its field', () => {
    const edited = { ...config, accountId: '12345', buckets: [{ name: 'Bad_Name', prefix: '', access: 'read' as const }] }
    expect(openShareLink(linkWith(JSON.stringify(edited)))).toEqual({
      ok: true,
      values: edited,
      problems: [
        { field: 'accountId', message: 'An AWS account ID is exactly 12 digits; this one has 5.' },
        { field: 'buckets.0.name', message: 'Bucket names cannot contain upper-case letters. Did you mean "bad-name"?' },
      ],
      config: null, // answers that break a rule are not a configuration the documents can be made from
    })
  })

  it('opens an older link whose EKS cluster owner account breaks a rule, with the problem at that field', () => {
    const older = eksTestConfig({}, {
      clusters: [{ clusterName: 'analytics', namespace: 'spark-jobs', oidcIssuer: 'oidc.eks.us-west-2.amazonaws.com/id/ABC', accountId: '21098765432' }],
    })
    const opened = openShareLink(`#${encodeConfig(older)}`)
    expect(opened).toMatchObject({ ok: true, values: older })
    if (opened.ok) expect(opened.problems.map((p) => p.field)).toEqual(['eks.clusters.0.accountId'])
    expect(decodeConfig(`#${encodeConfig(older)}`)).toMatchObject({ ok: false, problems: [expect.stringMatching(/^eks\.clusters\.0\.accountId: /)] })
  })

  it('opens a valid link with no problems', () => {
    expect(openShareLink(`#${encodeConfig(config)}`)).toEqual({ ok: true, values: config, problems: [], config })
  })

  it('rejects a payload of the wrong shape, naming only what is structurally wrong', () => {
    const hash = linkWith(JSON.stringify({ ...defaultConfig(), s3Access: 'everything', buckets: 'x' }))
    for (const result of [openShareLink(hash), decodeConfig(hash)]) {
      expect(result).toMatchObject({ ok: false, reason: 'The link’s configuration is not in the form this tool reads.' })
      if (!result.ok) expect(result.problems.map((p) => p.split(':')[0])).toEqual(['s3Access', 'buckets'])
    }
  })

  it('drops keys the schema does not know', () => {
    const result = decodeConfig(linkWith(JSON.stringify({ ...config, injected: '<img onerror=alert(1)>' })))
    expect(result).toEqual({ ok: true, value: config })
  })

  it('refuses a link over 100,000 characters before decompressing it, saying what to do instead', () => {
    const result = openShareLink(`#config=2.00000000.${'A'.repeat(100_001)}`)
    expect(result).toEqual({
      ok: false,
      reason:
        'The link is too long to open: its configuration part has 100,012 characters, and this tool opens links of up to 100,000. Ask for the configuration file instead (Export configuration) and open it with Import configuration.',
      problems: [],
    })
  })

  it('stops decompressing past 1,000,000 characters: a 24,000-character link that would unpack to 1.1 million', () => {
    const buckets = Array.from({ length: 20_000 }, () => ({ name: 'amzn-example-data', prefix: '', access: 'read' }))
    const hash = linkWith(JSON.stringify({ ...config, buckets }))
    expect(hash.length).toBeLessThan(30_000)
    expect(reasonOf(openShareLink(hash))).toMatch(
      /^The link’s configuration unpacks to more than 1,000,000 characters, the most this tool reads .* Ask whoever sent it for a new link made with Copy share link\.$/,
    )
  })

  it('refuses JSON nested more than 64 levels deep without parsing it', () => {
    const result = openShareLink(linkWith(`{"region":${'['.repeat(5000)}${']'.repeat(5000)}}`))
    expect(reasonOf(result)).toMatch(/^The link’s configuration nests lists and objects more than 64 levels deep/)
  })

  it('opens a link carrying a trust policy nested 5,000 deep, with the problem at that field', () => {
    const deep = `{"Version":"2012-10-17","Statement":[{"Condition":${'['.repeat(5000)}${']'.repeat(5000)}}]}`
    const eks = eksTestConfig({}, { existingTrustPolicy: deep })
    const hash = `#${encodeConfig(eks)}`
    const opened = openShareLink(hash)
    expect(opened).toMatchObject({ ok: true, values: eks })
    if (opened.ok) expect(opened.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([expect.stringMatching(/^eks\.existingTrustPolicy: .*more than 64 levels deep/)])
  })

  it('is not fooled by a hash without a configuration', () => {
    expect(hasSharedConfig('')).toBe(false)
    expect(hasSharedConfig('#section-2')).toBe(false)
    expect(decodeConfig('#section-2').ok).toBe(false)
  })

  it('never throws on arbitrary input', () => {
    const samples = ['', '#', '#config=', '#config=1..', '#config=99999999999999999999.00000000.A', '#config=1.ffffffff.%%%', `#config=1.${'0'.repeat(8)}.${'Z'.repeat(5000)}`]
    for (const hash of samples) expect(() => decodeConfig(hash)).not.toThrow()
  })
})

function reasonOf(result: ReturnType<typeof openShareLink>): string {
  return result.ok ? '(opened)' : result.reason
}

function tamper(fragment: string): string {
  const index = fragment.length - 20
  const replacement = fragment[index] === 'A' ? 'B' : 'A'
  return fragment.slice(0, index) + replacement + fragment.slice(index + 1)
}
