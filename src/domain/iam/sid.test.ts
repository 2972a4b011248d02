import { describe, expect, it } from 'vitest'
import { policyDocument, policySize } from './policy'
import { createSidAllocator, sidFragment } from './sid'

describe('Sids', () => {
  it.each([
    ['my-data.bucket', 'MyDataBucket'],
    ['amzn-example-123', 'AmznExample123'],
    ['a..b', 'AB'],
  ])('%s → %s', (name, fragment) => {
    expect(sidFragment(name)).toBe(fragment)
  })

  it('numbers repeats so Sids stay unique', () => {
    const next = createSidAllocator()
    expect([next('ListPrefixesInMyData'), next('ListPrefixesInMyData'), next('ListPrefixesInMyData')]).toEqual([
      'ListPrefixesInMyData',
      'ListPrefixesInMyData2',
      'ListPrefixesInMyData3',
    ])
  })
})

describe('policySize', () => {
  it('counts characters other than white space, as IAM does', () => {
    const document = policyDocument([{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::a b/*' }])
    const minified = JSON.stringify(document)
    expect(policySize(document)).toBe(minified.length - 1)
  })
})
