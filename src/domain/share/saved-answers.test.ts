import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultConfig } from '../config/defaults'
import { configShapeSchema } from '../config/schema'
import { eksTestConfig, testConfig } from '../test-configs'
import { exportConfigFile, openConfigFile } from './config-file'
import { areDefaultAnswers, openSavedAnswers, sameAnswers, serializeAnswers } from './saved-answers'

describe('saved answers', () => {
  it.each([
    ['EMR Serverless answers', testConfig({ glueAccess: 'read' })],
    ['EMR on EKS answers', eksTestConfig()],
    ['the defaults, account left empty', defaultConfig()],
    ['answers that break rules', testConfig({ accountId: '12345', buckets: [{ name: 'Bad_Name', prefix: '', access: 'read' }] })],
  ])('round-trip %s exactly, as typed', (_name, values) => {
    const opened = openSavedAnswers(serializeAnswers(values))
    expect(opened.ok).toBe(true)
    if (opened.ok) expect(opened.values).toEqual(values)
  })

  it('are in the configuration file’s envelope and version: a file reader opens them the same', () => {
    const values = testConfig({ roleName: 'SavedRole' })
    const text = serializeAnswers(values)
    expect(JSON.parse(text)).toEqual({ version: 2, config: values })
    expect(openConfigFile(text)).toEqual(openSavedAnswers(text))
  })

  it('report the rules saved answers break, so they can be shown at their fields', () => {
    const opened = openSavedAnswers(serializeAnswers(testConfig({ accountId: '12345' })))
    expect(opened.ok && opened.problems.map((p) => p.field)).toEqual(['accountId'])
  })

  it('read answers saved in format 1 (EMR Serverless only), as links of that format are', () => {
    const older: Record<string, unknown> = { ...testConfig({ roleName: 'OldRole' }) }
    delete older.target
    delete older.eks
    const opened = openSavedAnswers(JSON.stringify({ version: 1, config: older }))
    expect(opened.ok && opened.values).toMatchObject({ target: 'serverless', roleName: 'OldRole' })
  })

  it.each<[string, string, RegExp]>([
    ['text cut short', serializeAnswers(testConfig()).slice(0, 40), /damaged: they are not valid JSON/],
    ['an empty string', '', /not valid JSON/],
    ['JSON of something else', '{"theme":"dark"}', /hold no configuration/],
    ['null', 'null', /hold no configuration/],
    ['a version that is not a number', '{"version":"2","config":{}}', /no format version/],
    ['version 0', '{"version":0,"config":{}}', /no format version/],
    ['a newer version', '{"version":3,"config":{}}', /saved by a newer version of EMR Role Builder \(format 3\); this one reads format 2/],
    ['nesting deeper than any configuration', `{"version":2,"config":${'['.repeat(100)}${']'.repeat(100)}}`, /nest far deeper/],
  ])('explain, never throw, for %s', (_name, text, reason) => {
    const opened = openSavedAnswers(text)
    expect(opened.ok).toBe(false)
    if (!opened.ok) expect(opened.reason).toMatch(reason)
  })

  it('name every field of the wrong structure', () => {
    const opened = openSavedAnswers(JSON.stringify({ version: 2, config: { ...testConfig(), s3Access: 'everything' } }))
    expect(opened).toMatchObject({ ok: false, reason: 'They are not in the form this version of the builder reads.' })
    expect(!opened.ok && opened.problems.join('\n')).toContain('s3Access')
  })

  it('never throw, and never open anything but a configuration, for arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const opened = openSavedAnswers(text)
        if (opened.ok) expect(configShapeSchema.safeParse(opened.values).success).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('are smaller than a configuration file (no indentation), and read back at 10,000 buckets', () => {
    const buckets = Array.from({ length: 10_000 }, (_, i) => ({ name: `amzn-example-bucket-${i}`, prefix: 'raw/', access: 'read' as const }))
    const values = testConfig({ buckets })
    const text = serializeAnswers(values)
    expect(text.length).toBeLessThan(exportConfigFile(values).length)
    const opened = openSavedAnswers(text)
    expect(opened.ok && opened.values.buckets).toHaveLength(10_000)
  })
})

describe('sameAnswers and areDefaultAnswers', () => {
  const read = (values: unknown) => {
    const opened = openSavedAnswers(serializeAnswers(values))
    if (!opened.ok) throw new Error(opened.reason)
    return opened.values
  }

  it('compare answers, whatever the key order they were saved in', () => {
    const values = testConfig()
    const reordered = Object.fromEntries(Object.entries(values).reverse())
    expect(sameAnswers(read(values), read(reordered))).toBe(true)
    expect(sameAnswers(read(values), read({ ...values, roleName: 'Other' }))).toBe(false)
    expect(sameAnswers(read(values), read({ ...values, buckets: [...values.buckets, { name: 'b', prefix: '', access: 'read' }] }))).toBe(false)
  })

  it.each([
    ['the defaults', defaultConfig(), true],
    ['the defaults saved with keys in another order', Object.fromEntries(Object.entries(defaultConfig()).reverse()), true],
    ['a typed account ID', { ...defaultConfig(), accountId: '1' }, false],
    ['an EMR on EKS answer changed', { ...defaultConfig(), eks: { ...defaultConfig().eks, requireAudience: true } }, false],
  ])('know %s (%s)', (_name, values, expected) => {
    expect(areDefaultAnswers(read(values))).toBe(expected)
  })
})
