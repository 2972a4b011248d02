import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateConfig } from '../../domain/config/validate-config'
import { eksTestConfig, testConfig } from '../../domain/test-configs'
import { derivePreview, derivePreviewOfValid } from './derive-preview'

describe('derivePreviewOfValid', () => {
  // The start-up makes the first documents of answers checked on the way in without checking them again: the
  // result must be the one the full path gives.
  it.each([
    ['EMR Serverless', testConfig()],
    ['EMR Serverless, read-write buckets with prefixes', testConfig({ buckets: [{ name: 'raw-data', prefix: 'in/', access: 'read-write' }, { name: 'raw-data', prefix: 'out/', access: 'read' }] })],
    ['EMR on EKS', eksTestConfig()],
  ])('%s: gives exactly what derivePreview gives', (_name, config) => {
    const checked = validateConfig(config)
    if (!checked.ok) throw new Error('the test configuration must be valid')
    expect(derivePreviewOfValid(checked.value)).toEqual(derivePreview(config))
  })

  it('gives what derivePreview gives for any valid bucket list', () => {
    const bucket = fc.record({
      name: fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,20}[a-z0-9]$/),
      prefix: fc.stringMatching(/^([a-z0-9]{1,8}\/){0,2}$/),
      access: fc.constantFrom('read' as const, 'read-write' as const),
    })
    fc.assert(
      fc.property(fc.array(bucket, { minLength: 1, maxLength: 30 }), (buckets) => {
        const checked = validateConfig(testConfig({ buckets }))
        fc.pre(checked.ok)
        if (checked.ok) expect(derivePreviewOfValid(checked.value)).toEqual(derivePreview(checked.value))
      }),
      { numRuns: 60 },
    )
  })
})
