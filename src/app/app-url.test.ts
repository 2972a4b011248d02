import { describe, expect, it } from 'vitest'
import { stepsFor } from '../features/wizard/steps'
import { addressOfStep, addressWithoutLink, stepIndexFromAddress } from './app-url'

const at = (search: string, hash = '') => ({ pathname: '/builder/', search, hash })

describe('step addresses', () => {
  it.each([
    ['', 'serverless', 0],
    ['?step=role', 'serverless', 0],
    ['?step=s3', 'serverless', 1],
    ['?step=s3', 'eks', 2],
    ['?step=trust', 'serverless', 4],
    ['?step=review', 'eks', 6],
    ['?step=trust', 'eks', 0], // a step the other target does not have
    ['?step=nonsense', 'serverless', 0],
    ['?other=1&step=glue', 'serverless', 2],
  ] as const)('%s for %s shows step %i', (search, target, index) => {
    expect(stepIndexFromAddress(search, target)).toBe(index)
  })

  it.each(['serverless', 'eks'] as const)('round-trips every %s step', (target) => {
    stepsFor(target).forEach((_step, index) => {
      const address = new URL(addressOfStep(at(''), target, index), 'http://localhost')
      expect(stepIndexFromAddress(address.search, target)).toBe(index)
    })
  })

  it.each([
    [at(''), 1, '/builder/?step=s3'],
    [at('?step=glue'), 0, '/builder/?step=role'],
    [at('?lang=en'), 2, '/builder/?lang=en&step=glue'],
    [at('?step=s3', '#config=2.abcdef12.data'), 2, '/builder/?step=glue'],
    [at('', '#section'), 1, '/builder/?step=s3#section'],
    [at(''), 99, '/builder/?step=review'],
  ])('%o at step %i is %s', (address, index, expected) => {
    expect(addressOfStep(address, 'serverless', index)).toBe(expected)
  })
})

describe('addressWithoutLink', () => {
  it.each([
    [at('?step=s3', '#config=2.abcdef12.data'), '/builder/?step=s3'],
    [at('', '#config='), '/builder/'],
    [at('?step=s3', '#section'), '/builder/?step=s3#section'],
    [at('', ''), '/builder/'],
  ])('%o → %s', (address, expected) => {
    expect(addressWithoutLink(address)).toBe(expected)
  })
})
