import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validConfig } from '../config-arbitrary.test-util'
import { configSchema, configShapeSchema } from '../config/schema'
import { validateConfig } from '../config/validate-config'
import { decodeConfig, openShareLink } from './share-codec'
import { encodeConfig } from './share-encode'

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

// Thousands of cases each: about 2 s on a quiet 2-core machine, several times that while e2e tests share it.
describe('share-link decoder under fuzzing', { timeout: 30_000 }, () => {
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
