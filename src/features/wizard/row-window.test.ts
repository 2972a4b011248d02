import { describe, expect, it } from 'vitest'
import { rowIndexOfField, withPinnedRows } from './row-window'

describe('withPinnedRows', () => {
  it.each([
    { inView: [0, 1, 2], pinned: [0, 999, null], count: 1000, rows: [0, 1, 2, 999] },
    { inView: [500, 501], pinned: [0, 999, 120], count: 1000, rows: [0, 120, 500, 501, 999] },
    { inView: [], pinned: [0, 2, 7], count: 3, rows: [0, 2] }, // a pin past the end (a removed row) is dropped
    { inView: [0, 1, 2], pinned: [0, 2, 1], count: 3, rows: [0, 1, 2] }, // no row twice
  ])('$inView + $pinned of $count → $rows', ({ inView, pinned, count, rows }) => {
    expect(withPinnedRows(inView, pinned, count)).toEqual(rows)
  })
})

describe('rowIndexOfField', () => {
  it.each([
    ['buckets.899.name', 899],
    ['buckets.0', 0],
    ['buckets', null],
    ['buckets.root', null],
    ['bucketsx.3.name', null],
    ['eks.clusters.2.name', null],
  ])('%s → %s', (field, index) => {
    expect(rowIndexOfField('buckets', field)).toBe(index)
  })
})
