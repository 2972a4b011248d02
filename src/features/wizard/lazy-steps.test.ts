import { describe, expect, it } from 'vitest'
import { bucketRowsLoaded } from './lazy-bucket-rows'
import { laterStepsLoaded, loadLaterSteps } from './lazy-steps'

describe('the later steps', () => {
  it('count as loaded only once every step and the bucket rows are in (a link to bucket 900 needs its row)', async () => {
    expect(laterStepsLoaded()).toBe(false)
    await loadLaterSteps()
    expect(bucketRowsLoaded()).toBe(true)
    expect(laterStepsLoaded()).toBe(true)
  })
})
