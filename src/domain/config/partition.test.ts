import { describe, expect, it } from 'vitest'
import { partitionOfRegion, regionProblem } from './partition'
import { isKnownRegion, REGION_GROUPS } from './regions'

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

  it('every listed region is well-formed, and in the partition of its group', () => {
    for (const group of REGION_GROUPS) {
      for (const { code } of group.regions) {
        expect(regionProblem(code)).toBeUndefined()
        expect(partitionOfRegion(code)).toBe(group.partition)
        expect(isKnownRegion(code)).toBe(true)
      }
    }
  })

  it('lists each region once, and a new region is still accepted though not listed', () => {
    const codes = REGION_GROUPS.flatMap((group) => group.regions.map((region) => region.code))
    expect(new Set(codes).size).toBe(codes.length)
    expect(isKnownRegion('ap-southeast-9')).toBe(false)
    expect(regionProblem('ap-southeast-9')).toBeUndefined()
  })
})
