import { describe, expect, it } from 'vitest'
import { parseTableBucketArn } from './table-bucket-arn'
import { tableBucketNameProblem, tableBucketProblem, tableNamespaceProblem } from './table-bucket-names'

describe('table bucket names (S3 User Guide, s3-tables-buckets-naming.html)', () => {
  it.each<[string, RegExp | undefined]>([
    ['amzn-example-tables', undefined],
    ['abc', undefined],
    ['a'.repeat(63), undefined],
    ['', /^Enter a table bucket name/],
    ['ab', /^Use 3 to 63 lower-case letters, numbers and hyphens, starting and ending with a letter or number\.$/],
    ['a'.repeat(64), /^Use 3 to 63/],
    ['My-Tables', /found "M"/],
    ['my_tables', /found "_"/],
    ['my.tables', /found "."/],
    ['my tables', /found a space/],
    ['my*tables', /found "\*"/],
    ['my${x}', /found "\$"/],
    ['-tables', /starting and ending with a letter or number\.$/],
    ['tables-', /starting and ending with a letter or number\.$/],
    ['xn--tables', /AWS reserves "xn--" in table bucket names/],
    ['sthree-tables', /AWS reserves "sthree-"/],
    ['amzn-s3-demo-tables', /AWS reserves "amzn-s3-demo-"/],
    ['awstables', /AWS reserves "aws" in table bucket names/],
    ['tables-s3alias', /AWS reserves "-s3alias" in table bucket names/],
    ['tables--ol-s3', /AWS reserves "--ol-s3"/],
    ['tables--x-s3', /AWS reserves "--x-s3"/],
    ['tables--table-s3', /AWS reserves "--table-s3"/],
    ['s3://tables', /found ":"/],
  ])('%j', (name, expected) => {
    const problem = tableBucketNameProblem(name)
    if (expected === undefined) expect(problem).toBeUndefined()
    else expect(problem).toMatch(expected)
  })
})

describe('a table bucket answer: a name, or an ARN in the role’s partition', () => {
  it.each<[string, string, RegExp | undefined]>([
    ['amzn-example-tables', 'aws', undefined],
    ['arn:aws:s3tables:eu-west-1:210987654321:bucket/shared', 'aws', undefined],
    ['arn:aws-cn:s3tables:cn-north-1:210987654321:bucket/shared', 'aws-cn', undefined],
    ['arn:aws-cn:s3tables:cn-north-1:210987654321:bucket/shared', 'aws', /A role in aws cannot reach partition aws-cn/],
    ['arn:aws:s3tables:cn-north-1:210987654321:bucket/shared', 'aws', /^Not a table bucket ARN/],
    ['arn:aws:s3tables:nowhere:210987654321:bucket/shared', 'aws', /^Not a table bucket ARN/],
    ['arn:aws:s3tables:eu-west-1:2109:bucket/shared', 'aws', /^Not a table bucket ARN/],
    ['arn:aws:s3tables:eu-west-1:210987654321:bucket/Shared', 'aws', /found "S"/],
    ['arn:aws:s3:::amzn-example-data', 'aws', /^Not a table bucket ARN/],
    ['arn:aws:s3tables:eu-west-1:210987654321:bucket/shared/table/abc', 'aws', /found "\/"/],
  ])('%s (role in %s)', (value, partition, expected) => {
    const problem = tableBucketProblem(value, partition)
    if (expected === undefined) expect(problem).toBeUndefined()
    else expect(problem).toMatch(expected)
  })

  it('reads an ARN’s parts', () => {
    expect(parseTableBucketArn('arn:aws-us-gov:s3tables:us-gov-west-1:123456789012:bucket/lake')).toEqual({
      partition: 'aws-us-gov',
      region: 'us-gov-west-1',
      accountId: '123456789012',
      name: 'lake',
    })
    expect(parseTableBucketArn('lake')).toBeUndefined()
  })
})

describe('namespace names (same page)', () => {
  it.each<[string, RegExp | undefined]>([
    ['', undefined],
    ['sales', undefined],
    ['sales_2024', undefined],
    ['1st', undefined],
    ['a'.repeat(255), undefined],
    ['a'.repeat(256), /^Use 1 to 255/],
    ['Sales', /found "S"/],
    ['sales-eu', /found "-"/],
    ['sales.eu', /found "."/],
    ['sales eu', /found a space/],
    ['sales*', /found "\*"/],
    ['_sales', /starting with a letter or number\.$/],
    ['aws_data', /AWS reserves "aws" at the start of namespaces/],
  ])('%j', (namespace, expected) => {
    const problem = tableNamespaceProblem(namespace)
    if (expected === undefined) expect(problem).toBeUndefined()
    else expect(problem).toMatch(expected)
  })
})
