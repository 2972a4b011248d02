import { expect, it } from 'vitest'
import { bucketRowsLoaded } from './lazy-bucket-rows'
import { loadStepView } from './lazy-steps'

it('the S3 step loads with its bucket rows, so the rows never arrive later and move the controls below them', async () => {
  expect(bucketRowsLoaded()).toBe(false)
  await loadStepView('s3')
  expect(bucketRowsLoaded()).toBe(true)
})
