import { describe, expect, it } from 'vitest'
import { parseTableBucketArn, tableBucketNameProblem, tableBucketProblem, tableNamespaceProblem } from './table-bucket-names'

describe('table bucket names (S3 User Guide, s3-tables-buckets-naming.html)', () => {
  it.each<[string, RegExp | undefined]>([
    ['amzn-example-tables', undefined],
    ['abc', undefined],
    ['a'.repeat(63), undefined],
    ['', /^Enter a table bucket name/],
    ['ab', /3 to 63 characters long; "ab" has 2/],
    ['a'.repeat(64), /3 to 63 characters long; this one has 64/],
    ['My-Tables', /upper-case/],
    ['my_tables', /underscores \(_\) or periods/],
    ['my.tables', /underscores \(_\) or periods/],
    ['my tables', /found a space/],
    ['my*tables', /found "\*"/],
    ['my${x}', /found "\$"/],
    ['-tables', /begin and end/],
    ['tables-', /begin and end/],
    ['xn--tables', /cannot start with "xn--"/],
    ['sthree-tables', /cannot start with "sthree-"/],
    ['amzn-s3-demo-tables', /cannot start with "amzn-s3-demo-"/],
    ['awstables', /cannot start with "aws"/],
    ['tables-s3alias', /cannot end with "-s3alias"/],
    ['tables--ol-s3', /cannot end with "--ol-s3"/],
    ['tables--x-s3', /cannot end with "--x-s3"/],
    ['tables--table-s3', /cannot end with "--table-s3"/],
    ['s3://tables', /not an s3:\/\/ location/],
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
    ['arn:aws-cn:s3tables:cn-north-1:210987654321:bucket/shared', 'aws', /partition "aws-cn", and the role is in aws/],
    ['arn:aws:s3tables:cn-north-1:210987654321:bucket/shared', 'aws', /not in partition aws/],
    ['arn:aws:s3tables:nowhere:210987654321:bucket/shared', 'aws', /region.*not a region code/],
    ['arn:aws:s3tables:eu-west-1:2109:bucket/shared', 'aws', /12 digits/],
    ['arn:aws:s3tables:eu-west-1:210987654321:bucket/Shared', 'aws', /upper-case/],
    ['arn:aws:s3:::amzn-example-data', 'aws', /not a table bucket ARN/],
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
    ['a'.repeat(256), /at most 255/],
    ['Sales', /upper-case/],
    ['sales-eu', /hyphens/],
    ['sales.eu', /periods/],
    ['sales eu', /found a space/],
    ['sales*', /found "\*"/],
    ['_sales', /begin with a letter or a number/],
    ['aws_data', /cannot start with "aws"/],
  ])('%j', (namespace, expected) => {
    const problem = tableNamespaceProblem(namespace)
    if (expected === undefined) expect(problem).toBeUndefined()
    else expect(problem).toMatch(expected)
  })
})
