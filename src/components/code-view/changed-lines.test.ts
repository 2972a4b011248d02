import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { changedLines } from './changed-lines'

const text = (...lines: string[]) => `${lines.join('\n')}\n`

describe('changedLines', () => {
  it.each([
    ['nothing changed', text('a', 'b'), text('a', 'b'), []],
    ['a line added in the middle', text('a', 'c'), text('a', 'b', 'c'), [{ from: 1, to: 2 }]],
    ['a line removed', text('a', 'b', 'c'), text('a', 'c'), [{ from: 1, to: 1 }]],
    ['a line replaced', text('a', 'b', 'c'), text('a', 'x', 'c'), [{ from: 1, to: 2 }]],
    ['two places', text('a', 'b', 'c', 'd'), text('x', 'b', 'c', 'd', 'e'), [{ from: 0, to: 1 }, { from: 4, to: 5 }]],
    [
      'an item appended to a JSON list: only the new item, not the comma the item before gained',
      text('  [', '    "a"', '  ]'),
      text('  [', '    "a",', '    "b"', '  ]'),
      [{ from: 2, to: 3 }],
    ],
  ])('%s', (_, before, after, expected) => {
    expect(changedLines(before, after)).toEqual(expected)
  })

  it('marks one stretch when the change is too large to diff line by line', () => {
    const many = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i}`)
    const before = text('start', ...many(500, 'old'), 'end')
    const after = text('start', ...many(500, 'new'), 'end')
    expect(changedLines(before, after)).toEqual([{ from: 1, to: 501 }])
  })

  it('for any two texts: the unmarked lines of the new text, in order, are lines of the old one', () => {
    const lines = fc.array(fc.constantFrom('a', 'b', 'c', 'd', '  "x",', '  "x"'), { maxLength: 12 })
    fc.assert(
      fc.property(lines, lines, (beforeLines, afterLines) => {
        const before = text(...beforeLines)
        const after = text(...afterLines)
        const marked = new Set(changedLines(before, after).flatMap((c) => Array.from({ length: c.to - c.from }, (_, i) => c.from + i)))
        const kept = afterLines.filter((_, i) => !marked.has(i)).map((l) => l.replace(/,$/, ''))
        // A subsequence of the old lines (commas aside).
        let at = 0
        for (const line of beforeLines.map((l) => l.replace(/,$/, ''))) if (line === kept[at]) at += 1
        expect(at).toBe(kept.length)
      }),
    )
  })
})
