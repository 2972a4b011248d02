import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitMarks } from './marks'

describe('splitMarks', () => {
  it.each<[string, string, string[], [string, boolean][]]>([
    ['no marks', 'abc', [], [['abc', false]]],
    ['no occurrence', 'abc', ['x'], [['abc', false]]],
    ['in the middle', '"arn:aws:iam::111122223333:root"', ['111122223333'], [['"arn:aws:iam::', false], ['111122223333', true], [':root"', false]]],
    ['at both ends, twice', 'ab-ab', ['ab'], [['ab', true], ['-', false], ['ab', true]]],
    ['the longest of two that start together', 'your-bucket-name/*', ['your', 'your-bucket-name'], [['your-bucket-name', true], ['/*', false]]],
    ['an empty text', '', ['x'], [['', false]]],
  ])('%s', (_name, text, marks, runs) => {
    expect(splitMarks(text, marks).map((run) => [run.text, run.marked])).toEqual(runs)
  })

  it('joins back to the text, and every marked run is a mark, for any text and marks', () => {
    const alphabet = fc.constantFrom('a', 'b', '-', '1')
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(''))
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')), fc.array(word, { maxLength: 3 }), (text, marks) => {
        const runs = splitMarks(text, marks)
        expect(runs.map((run) => run.text).join('')).toBe(text)
        for (const run of runs) if (run.marked) expect(marks).toContain(run.text)
      }),
    )
  })
})
