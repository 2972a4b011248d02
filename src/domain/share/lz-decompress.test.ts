import fc from 'fast-check'
import LZString from 'lz-string'
import { describe, expect, it } from 'vitest'
import { decompressLink } from './lz-decompress'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'

describe('capped lz-string decompression', () => {
  it('reads back 2,000 strings of any characters exactly as lz-string wrote them', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-ascii', maxLength: 400 })), (text) => {
        const packed = LZString.compressToEncodedURIComponent(text)
        expect(decompressLink(packed, 1_000_000)).toEqual({ ok: true, text })
      }),
      { numRuns: 2000 },
    )
  })

  it('agrees with lz-string on 3,000 damaged inputs, whenever lz-string itself makes sense of them', () => {
    const damaged = fc.tuple(fc.string({ maxLength: 300 }), fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 })).map(
      ([text, noise]) => {
        const packed = LZString.compressToEncodedURIComponent(text)
        const at = noise.length % (packed.length + 1)
        return packed.slice(0, at) + noise.join('') + packed.slice(at + noise.length)
      },
    )
    fc.assert(
      fc.property(damaged, (input) => {
        const ours = decompressLink(input, 1_000_000)
        let theirs: string | null
        try {
          theirs = LZString.decompressFromEncodedURIComponent(input)
        } catch {
          theirs = null // lz-string throws on some damaged inputs
        }
        if (ours.ok && ours.text !== '') expect(ours.text).toBe(theirs)
        // A first code of 3 means nothing to lz-string, which then makes text out of "undefined"; here it is damage.
        const meaningful = ALPHABET.indexOf(input.charAt(0)) < 48
        if (typeof theirs === 'string' && theirs !== '' && meaningful) expect(ours).toEqual({ ok: true, text: theirs })
      }),
      { numRuns: 3000 },
    )
  })

  it('stops at the cap, however small the input: 593 characters that unpack to 100,000', () => {
    const bomb = LZString.compressToEncodedURIComponent('a'.repeat(100_000))
    expect(bomb.length).toBe(593)
    expect(decompressLink(bomb, 99_999)).toEqual({ ok: false, problem: 'too-large' })
    expect(decompressLink(bomb, 100_000)).toEqual({ ok: true, text: 'a'.repeat(100_000) })
  })

  it.each([
    ['empty input', ''],
    ['input cut short', LZString.compressToEncodedURIComponent('{"region":"us-east-1"}').slice(0, 6)],
  ])('calls %s damaged', (_name, input) => {
    expect(decompressLink(input, 1000)).toEqual({ ok: false, problem: 'damaged' })
  })
})
