import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { blockSegments, segmentsKey, type LineChange, type LineRegion } from './line-regions'

const region = (from: number, to: number, key: string): LineRegion => ({ from, to, key, className: 'statement' })

describe('blockSegments', () => {
  it('leaves a block with nothing marked plain', () => {
    expect(blockSegments(50, 50, [region(0, 10, 'a'), region(100, 110, 'b')], [{ from: 120, to: 121 }])).toBeNull()
  })

  it.each<[string, LineRegion[], LineChange[], string]>([
    ['a region inside the block', [region(3, 6, 'a')], [], '3::|3:a:statement|4::'],
    ['a region that began in the block before', [region(-5, 2, 'a')], [], '2:a:statement|8::'],
    ['added lines inside a region', [region(0, 10, 'a')], [{ from: 4, to: 6 }], '4:a:statement|2:a:statement line-added|4:a:statement'],
    ['a removal marks the line after it, alone', [], [{ from: 5, to: 5 }], '5::|1::line-removed-above|4::'],
    ['a removal at the block end belongs to the next block', [], [{ from: 10, to: 10 }], ''],
    ['two regions side by side stay apart', [region(0, 4, 'a'), region(4, 10, 'b')], [], '4:a:statement|6:b:statement'],
  ])('%s', (_, regions, changes, expected) => {
    expect(segmentsKey(blockSegments(0, 10, regions, changes))).toBe(expected)
  })

  it('for any regions and changes: covers the block line by line, each line with its region and classes', () => {
    const ranges = fc
      .array(fc.nat(30), { maxLength: 12 })
      .map((points) => [...new Set(points)].sort((a, b) => a - b))
      .map((points) => points.flatMap((from, i) => (i % 2 === 0 && points[i + 1] !== undefined ? [{ from, to: points[i + 1] as number }] : [])))
    fc.assert(
      fc.property(ranges, ranges, fc.array(fc.nat(30), { maxLength: 2 }), fc.nat(20), fc.integer({ min: 1, max: 12 }), (regionRanges, added, removedAt, firstLine, lines) => {
        const changes = [...added, ...removedAt.map((at) => ({ from: at, to: at }))]
        const regions = regionRanges.map((r, i) => region(r.from, r.to, String(i)))
        const segments = blockSegments(firstLine, lines, regions, changes)
        const expected = Array.from({ length: lines }, (_, offset) => {
          const line = firstLine + offset
          const inRegion = regions.find((r) => r.from <= line && line < r.to)
          const added = changes.some((c) => c.from < c.to && c.from <= line && line < c.to)
          const removedAbove = changes.some((c) => c.from === c.to && c.from === line)
          return `${inRegion?.key ?? ''}:${[inRegion ? 'statement' : '', added ? 'line-added' : '', removedAbove ? 'line-removed-above' : ''].filter(Boolean).join(' ')}`
        })
        if (segments === null) {
          expect(expected.every((e) => e === ':')).toBe(true)
          return
        }
        const actual = segments.flatMap((s) => Array.from({ length: s.lines }, () => `${s.region ?? ''}:${s.className}`))
        expect(actual).toEqual(expected)
      }),
    )
  })
})
