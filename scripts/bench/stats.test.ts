import { describe, expect, it } from 'vitest'
import { median, medianRun, percentile } from './stats'

describe('percentile (nearest rank)', () => {
  const oneToTwenty = Array.from({ length: 20 }, (_, i) => 20 - i) // unsorted on purpose

  it.each([
    [50, 10],
    [95, 19],
    [100, 20],
    [0, 1],
    [1, 1],
  ])('p%d of 1..20 is %d', (p, expected) => {
    expect(percentile(oneToTwenty, p)).toBe(expected)
  })

  it('takes p95 of 40 values from the 38th smallest', () => {
    const values = Array.from({ length: 40 }, (_, i) => i + 1)
    expect(percentile(values, 95)).toBe(38)
  })

  it('refuses no values and a percentile outside 0..100', () => {
    expect(() => percentile([], 50)).toThrow()
    expect(() => percentile([1], 101)).toThrow()
    expect(() => percentile([1], Number.NaN)).toThrow()
  })

  it('does not reorder its input', () => {
    const values = [3, 1, 2]
    percentile(values, 50)
    expect(values).toEqual([3, 1, 2])
  })
})

describe('median', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 100], 10],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected)
  })

  it('refuses no values', () => {
    expect(() => median([])).toThrow()
  })
})

describe('medianRun', () => {
  it('returns the whole run with the median key, so its figures belong together', () => {
    const runs = [
      { score: 0.9, lcp: 900 },
      { score: 0.7, lcp: 2000 },
      { score: 0.8, lcp: 1500 },
    ]
    expect(medianRun(runs, (r) => r.score)).toEqual({ score: 0.8, lcp: 1500 })
  })

  it('takes the lower middle run of an even count', () => {
    expect(medianRun([4, 1, 3, 2], (r) => r)).toBe(2)
  })
})
