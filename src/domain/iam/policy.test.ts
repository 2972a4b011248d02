import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { nonWhiteSpaceLength } from './policy'

const SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff']
const NOT_SPACES = ['a', '{', '"', '\u0085', '\u180e', '\u200b', '\u00ff', '😀']

describe('nonWhiteSpaceLength', () => {
  it.each(SPACES.map((c) => [c.codePointAt(0)!.toString(16)]))('U+%s is white space', (hex) => {
    expect(nonWhiteSpaceLength(`a${String.fromCodePoint(parseInt(hex, 16))}b`)).toBe(2)
  })

  it.each(NOT_SPACES)('%s is not', (c) => {
    expect(nonWhiteSpaceLength(c)).toBe(c.length)
  })

  it('counts what removing \\s leaves, for any text', () => {
    const char = fc.oneof(fc.constantFrom(...SPACES, ...NOT_SPACES), fc.string({ unit: 'binary', maxLength: 1 }))
    fc.assert(
      fc.property(fc.array(char).map((cs) => cs.join('')), (text) => {
        expect(nonWhiteSpaceLength(text)).toBe(text.replace(/\s/g, '').length)
      }),
    )
  })
})
