import { describe, expect, it } from 'vitest'
import { check, policyText } from './check.test-util'

describe('a policy of 10,000 buckets (the largest configuration the app opens)', () => {
  const buckets = Array.from({ length: 10_000 }, (_, i) => `arn:aws:s3:::bucket-${i}`)
  it('is checked in under 2 seconds, wrong resource types included', async () => {
    const text = policyText([
      { Sid: 'List', Effect: 'Allow', Action: 's3:ListBucket', Resource: buckets },
      { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: buckets.map((b) => `${b}/*`) },
      { Sid: 'Wrong', Effect: 'Allow', Action: 's3:PutObject', Resource: buckets },
      { Sid: 'Again', Effect: 'Allow', Action: 's3:ListBucket', Resource: buckets },
    ])
    await check(text) // the catalog's first read of s3 is not what is measured
    const started = performance.now()
    const findings = await check(text)
    const took = performance.now() - started
    expect(findings.map((f) => f.rule)).toEqual(['resource-mismatch', 'redundant-statement'])
    expect(took).toBeLessThan(2000) // about 0.4 s on 2 busy cores; a quadratic step would take many seconds
  })
})
