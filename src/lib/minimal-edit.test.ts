import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyEdit, minimalEdit } from './minimal-edit'

describe('minimalEdit', () => {
  it.each([
    ['same', 'abc', 'abc', null],
    ['insert in the middle', 'abcd', 'abXcd', { start: 2, end: 2, text: 'X' }],
    ['delete at the end', 'abcd', 'ab', { start: 2, end: 4, text: '' }],
    ['replace the start', 'xbc', 'ybc', { start: 0, end: 1, text: 'y' }],
    ['repeated letters keep the prefix', 'aaa', 'aaaa', { start: 3, end: 3, text: 'a' }],
    ['whole text', 'abc', 'xyz', { start: 0, end: 3, text: 'xyz' }],
    ['from empty', '', 'new', { start: 0, end: 0, text: 'new' }],
    // "😀" and "😃" share their high surrogate: the edit must replace the whole pair
    ['surrogate pairs stay whole', 'a😀b', 'a😃b', { start: 1, end: 3, text: '😃' }],
  ])('%s', (_name, before, after, edit) => {
    expect(minimalEdit(before, after)).toEqual(edit)
    expect(applyEdit(before, minimalEdit(before, after))).toBe(after)
  })

  it('turns any text into any other, replacing no more than what differs', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (head, middle, tail) => {
        const before = head + tail
        const after = head + middle + tail
        const edit = minimalEdit(before, after)
        expect(applyEdit(before, edit)).toBe(after)
        if (edit !== null) expect(edit.end - edit.start).toBeLessThanOrEqual(before.length)
        expect(edit === null ? 0 : edit.text.length).toBeLessThanOrEqual(middle.length + 2)
        expect(applyEdit(after, minimalEdit(after, before))).toBe(before)
      }),
    )
  })
})
