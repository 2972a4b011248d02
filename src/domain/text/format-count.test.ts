import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatCount } from './format-count'

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [10240, '10,240'],
    [100000, '100,000'],
    [1234567, '1,234,567'],
    [-2048, '-2,048'],
  ])('%d → %s', (n, text) => {
    expect(formatCount(n)).toBe(text)
  })

  it('writes every safe integer as en-US does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -1e6, max: 1e6 })), (n) => {
        expect(formatCount(n)).toBe(n.toLocaleString('en-US'))
      }),
    )
  })
})
