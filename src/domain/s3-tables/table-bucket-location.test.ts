import { describe, expect, it } from 'vitest'
import { TEST_CONTEXT } from '../test-configs'
import { tableBucketArn, tableBucketName, tablesArn } from './table-bucket-location'
import { tableBucketFromPaste } from './table-bucket-paste'

describe('what a table bucket field keeps of a paste', () => {
  it.each<[string, string, string]>([
    ['a name, trimmed', '  lake  ', 'lake'],
    ['the role’s own ARN: the name', 'arn:aws:s3tables:us-west-2:123456789012:bucket/lake', 'lake'],
    ['a table’s ARN in the role’s account: its bucket’s name', 'arn:aws:s3tables:us-west-2:123456789012:bucket/lake/table/0a1b2c', 'lake'],
    ['another account: the ARN, exactly', 'arn:aws:s3tables:us-west-2:210987654321:bucket/lake', 'arn:aws:s3tables:us-west-2:210987654321:bucket/lake'],
    ['another region: the ARN, exactly', 'arn:aws:s3tables:eu-west-1:123456789012:bucket/lake', 'arn:aws:s3tables:eu-west-1:123456789012:bucket/lake'],
    ['another account’s table: its bucket’s ARN', 'arn:aws:s3tables:eu-west-1:210987654321:bucket/lake/table/x', 'arn:aws:s3tables:eu-west-1:210987654321:bucket/lake'],
    ['another partition: kept for the rule to refuse', 'arn:aws-cn:s3tables:cn-north-1:123456789012:bucket/lake', 'arn:aws-cn:s3tables:cn-north-1:123456789012:bucket/lake'],
    ['an S3 bucket ARN: kept for the rule to refuse', 'arn:aws:s3:::lake', 'arn:aws:s3:::lake'],
  ])('%s', (_name, text, kept) => {
    expect(tableBucketFromPaste(text, TEST_CONTEXT)).toBe(kept)
  })

  it('builds the ARNs: a name in the role’s account and region, an ARN as it is', () => {
    expect(tableBucketArn(TEST_CONTEXT, 'lake')).toBe('arn:aws:s3tables:us-west-2:123456789012:bucket/lake')
    const other = 'arn:aws:s3tables:eu-west-1:210987654321:bucket/lake'
    expect(tableBucketArn(TEST_CONTEXT, other)).toBe(other)
    expect(tablesArn(other)).toBe(`${other}/table/*`)
    expect(tableBucketName({ bucket: other })).toBe('lake')
    expect(tableBucketName({ bucket: 'lake' })).toBe('lake')
  })
})
