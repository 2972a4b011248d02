import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatPolicy, nonWhiteSpaceLength, policySize, type PolicyDocument, type Statement } from './policy'

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

describe('policySize', () => {
  // Measured on the formatted text (which the preview makes anyway): it must count what IAM counts, the compact
  // JSON without white space, including white space inside values, which IAM counts as it stands.
  it('equals the compact JSON with \\s removed, for any statement text', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...SPACES, ...NOT_SPACES), fc.string({ unit: 'binary', maxLength: 3 }))).map((cs) => cs.join(''))
    const statement = fc.record({ Sid: fc.stringMatching(/^[A-Za-z0-9]{0,8}$/), Effect: fc.constant('Allow' as const), Action: fc.array(text, { minLength: 1, maxLength: 3 }), Resource: text })
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 5 }), (statements: Statement[]) => {
        const document: PolicyDocument = { Version: '2012-10-17', Statement: statements }
        const compact = JSON.stringify(document).replace(/\s/g, '').length
        expect(policySize(document)).toBe(compact)
        expect(policySize(document)).toBe(compact) // the second time from the kept text, the same
      }),
    )
  })

  it('formats a document once and gives the same text each time', () => {
    const document: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }
    const text = formatPolicy(document)
    expect(text).toBe(`${JSON.stringify(document, null, 2)}\n`)
    expect(formatPolicy(document)).toBe(text)
  })
})
