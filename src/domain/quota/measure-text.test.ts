import { describe, expect, it } from 'vitest'
import type { EditableDocument } from '../config/document-edits-schema'
import { measureDocumentText } from './measure-text'

/** A JSON text whose size without white space is exactly `size` (at least 8), with white space that is not counted. */
function textOfSize(size: number): string {
  return `{ "a" : "${'x'.repeat(size - 8)}" }\n`
}

describe('measureDocumentText', () => {
  it.each<[EditableDocument, number, string, number, boolean]>([
    ['permissions-policy', 10_240, 'ok', 10_240, false],
    ['permissions-policy', 10_241, 'over', 10_240, true],
    ['trust-policy', 2_048, 'ok', 2_048, false],
    ['trust-policy', 2_049, 'over-default', 2_048, true],
    ['trust-policy', 4_096, 'over-default', 2_048, true],
    ['trust-policy', 4_097, 'over', 2_048, true],
    ['passrole-policy', 6_144, 'ok', 6_144, false],
    ['startjobrun-policy', 6_145, 'over', 6_144, true],
  ])('%s of %i characters: %s against %i', (id, size, status, quota, advised) => {
    const measured = measureDocumentText(id, textOfSize(size))
    expect(measured).toMatchObject({ size, status, quota })
    expect(measured.advice !== null).toBe(advised)
  })

  it('counts characters as IAM does: white space outside and inside strings is not counted', () => {
    expect(measureDocumentText('trust-policy', '{\n  "a b": "c\td"\n}').size).toBe(11)
  })
})
