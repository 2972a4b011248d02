import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cutSpans, splitBlocks } from './blocks'
import { highlightSpans } from './highlighter'

describe('splitBlocks', () => {
  it.each([
    ['empty text', '', 2, ['']],
    ['fewer lines than a block', 'a\nb', 2, ['a\nb']],
    ['exactly one block, ending in a line break', 'a\nb\n', 2, ['a\nb\n']],
    ['two blocks', 'a\nb\nc', 2, ['a\nb\n', 'c']],
    ['blank lines count', '\n\n\n', 2, ['\n\n', '\n']],
  ])('%s', (_name, text, lines, expected) => {
    expect(splitBlocks(text, lines)).toEqual(expected)
  })

  it('joins back to the text, and every block but the last has exactly its lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', '\n', '😀')).map((parts) => parts.join('')), fc.integer({ min: 1, max: 5 }), (text, lines) => {
        const blocks = splitBlocks(text, lines)
        expect(blocks.join('')).toBe(text)
        for (const block of blocks.slice(0, -1)) expect(block.split('\n').length - 1).toBe(lines)
      }),
    )
  })
})

describe('cutSpans', () => {
  it('cuts highlighted runs at the block boundaries, keeping their classes', () => {
    const text = '{\n  "a": 1,\n  "b": "x"\n}'
    const blocks = splitBlocks(text, 2)
    const cut = cutSpans(highlightSpans(text, 'json'), blocks)
    expect(cut.map((spans) => spans.map((s) => s.text).join(''))).toEqual(blocks)
    expect(cut[0]).toContainEqual({ text: '"a"', className: 'token property' })
    expect(cut[1]).toContainEqual({ text: '"x"', className: 'token string' })
  })

  it('gives every block exactly its own text for any document', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 6 }), (value, lines) => {
        const text = JSON.stringify(value, null, 2) ?? ''
        const blocks = splitBlocks(text, lines)
        expect(cutSpans(highlightSpans(text, 'json'), blocks).map((spans) => spans.map((s) => s.text).join(''))).toEqual(blocks)
      }),
    )
  })
})
