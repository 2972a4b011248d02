import { describe, expect, it } from 'vitest'
import { KNOWN_REGIONS, partitionOfRegion, regionProblem } from './partition'

describe('partitionOfRegion', () => {
  it.each([
    ['us-east-1', 'aws'],
    ['eu-central-2', 'aws'],
    ['ap-southeast-5', 'aws'],
    ['cn-north-1', 'aws-cn'],
    ['cn-northwest-1', 'aws-cn'],
    ['us-gov-west-1', 'aws-us-gov'],
    ['us-gov-east-1', 'aws-us-gov'],
  ])('%s → %s', (region, partition) => {
    expect(partitionOfRegion(region)).toBe(partition)
  })

  it('accepts every suggested region', () => {
    for (const region of KNOWN_REGIONS) expect(regionProblem(region)).toBeUndefined()
  })
})
