import { describe, expect, it } from 'vitest'
import { applyTextEdits, documentKindOf } from './apply-edits'
import { check, policyText } from './check.test-util'

describe('applyTextEdits', () => {
  it('applies edits given in any order, each at its own offsets', () => {
    expect(applyTextEdits('abcdef', [{ start: 0, end: 1, text: 'X' }, { start: 4, end: 6, text: '' }, { start: 2, end: 2, text: '-' }])).toBe('Xb-cd')
  })

  it("applies a finding's fix to the document so the document checks clean", async () => {
    const text = policyText([{ Effect: 'Allow', Action: 'emr-serverless:StopJobRun', Resource: 'arn:aws:emr-serverless:us-east-1:123456789012:/applications/a/jobruns/*' }])
    const [finding] = await check(text)
    const fixed = applyTextEdits(text, finding?.fix?.edits ?? [])
    expect(fixed).toContain('"emr-serverless:CancelJobRun"')
    expect(await check(fixed)).toEqual([])
  })
})

describe('documentKindOf', () => {
  it.each([
    ['permissions-policy', 'permissions'],
    ['trust-policy', 'trust'],
    ['passrole-policy', 'submitter'],
    ['startjobrun-policy', 'submitter'],
  ] as const)('%s: %s', (id, kind) => expect(documentKindOf(id)).toBe(kind))
})
