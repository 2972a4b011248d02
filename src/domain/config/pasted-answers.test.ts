import { describe, expect, it } from 'vitest'
import { accountIdProblem, applicationIdProblem } from './iam-names'
import { accountIdFromPaste, applicationIdFromPaste, regionFromPaste, virtualClusterIdFromPaste } from './pasted-answers'
import { regionProblem } from './partition'
import { virtualClusterIdProblem } from '../eks/eks-names'

describe('accountIdFromPaste', () => {
  it.each([
    ['123456789012', '123456789012'],
    ['1234-5678-9012', '123456789012'],
    ['1234 5678 9012', '123456789012'],
    ['  1234-5678 9012\t', '123456789012'],
    ['1234-5678-901', '12345678901'], // still too short: the field says so
  ])('%j → %j', (text, expected) => {
    expect(accountIdFromPaste(text)).toBe(expected)
  })

  it.each([['arn:aws:iam::123456789012:root'], ['12a4-5678-9012'], ['-'], ['my account']])('keeps %j for the field to explain', (text) => {
    expect(accountIdFromPaste(text)).toBe(text)
    expect(accountIdProblem(accountIdFromPaste(text))).toBeDefined()
  })

  it('a cleaned 12-digit ID passes the rule', () => {
    expect(accountIdProblem(accountIdFromPaste('1234 5678-9012'))).toBeUndefined()
  })
})

describe('applicationIdFromPaste', () => {
  it.each([
    ['00fabcdexample01', '00fabcdexample01'],
    [' 00fabcdexample01 ', '00fabcdexample01'],
    ['arn:aws:emr-serverless:us-east-1:123456789012:/applications/00fabcdexample01', '00fabcdexample01'],
    ['arn:aws-cn:emr-serverless:cn-north-1:123456789012:/applications/00fabc', '00fabc'],
    ['arn:aws-us-gov:emr-serverless:us-gov-west-1:123456789012:/applications/00fabc', '00fabc'],
    ['arn:aws:emr-serverless:us-east-1:123456789012:/applications/00fabc/jobruns/00fjob', '00fabc'],
  ])('%j → %j', (text, expected) => {
    expect(applicationIdFromPaste(text)).toBe(expected)
    expect(applicationIdProblem(applicationIdFromPaste(text))).toBeUndefined()
  })

  it.each([
    ['arn:aws:emr-serverless:us-east-1:123456789012:applications/00fabc'], // no "/" after the account
    ['arn:aws:emr-serverless:us-east-1:1234:/applications/00fabc'], // not a 12-digit account
    ['arn:aws:emr-containers:us-east-1:123456789012:/virtualclusters/abc'],
  ])('keeps %j for the field to explain', (text) => {
    expect(applicationIdFromPaste(text)).toBe(text)
    expect(applicationIdProblem(text)).toBeDefined()
  })
})

describe('virtualClusterIdFromPaste', () => {
  it.each([
    ['arn:aws:emr-containers:us-west-2:123456789012:/virtualclusters/a1b2c3d4e5', 'a1b2c3d4e5'],
    ['arn:aws:emr-containers:us-west-2:123456789012:/virtualclusters/a1b2c3/jobruns/000001', 'a1b2c3'],
    [' a1b2c3 ', 'a1b2c3'],
  ])('%j → %j', (text, expected) => {
    expect(virtualClusterIdFromPaste(text)).toBe(expected)
    expect(virtualClusterIdProblem(virtualClusterIdFromPaste(text))).toBeUndefined()
  })
})

describe('regionFromPaste', () => {
  it.each([
    [' EU-West-1 ', 'eu-west-1'],
    ['us-gov-west-1', 'us-gov-west-1'],
  ])('%j → %j', (text, expected) => {
    expect(regionFromPaste(text)).toBe(expected)
    expect(regionProblem(regionFromPaste(text))).toBeUndefined()
  })
})
