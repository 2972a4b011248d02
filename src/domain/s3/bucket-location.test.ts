import { describe, expect, it } from 'vitest'
import { isBucketLocation, parseBucketLocation, splitPastedBucketName } from './bucket-location'

describe('parseBucketLocation', () => {
  it.each<[string, string, string, string]>([
    ['a bare name', 'amzn-example-data', 'amzn-example-data', ''],
    ['a name and a path', 'amzn-example-data/raw/', 'amzn-example-data', 'raw/'],
    ['an s3:// URL', 's3://amzn-example-data/raw/2024/', 'amzn-example-data', 'raw/2024/'],
    ['an s3a:// URL', 's3a://amzn-example-data/out/', 'amzn-example-data', 'out/'],
    ['an S3:// URL in capitals, with spaces around', '  S3://amzn-example-data  ', 'amzn-example-data', ''],
    ['a bucket ARN', 'arn:aws:s3:::amzn-example-data', 'amzn-example-data', ''],
    ['an object ARN with a wildcard', 'arn:aws:s3:::amzn-example-data/raw/*', 'amzn-example-data', 'raw/'],
    ['a China ARN', 'arn:aws-cn:s3:::amzn-example-data/raw/', 'amzn-example-data', 'raw/'],
    ['a virtual-hosted URL', 'https://amzn-example-data.s3.amazonaws.com/raw/file.csv', 'amzn-example-data', 'raw/file.csv'],
    ['a regional virtual-hosted URL', 'https://amzn-example-data.s3.eu-west-1.amazonaws.com/raw/', 'amzn-example-data', 'raw/'],
    ['a legacy dash-region URL', 'https://amzn-example-data.s3-us-west-2.amazonaws.com/', 'amzn-example-data', ''],
    ['a China virtual-hosted URL', 'https://amzn-example-data.s3.cn-north-1.amazonaws.com.cn/raw/', 'amzn-example-data', 'raw/'],
    ['a dotted bucket, virtual-hosted', 'https://logs.example.com.s3.amazonaws.com/a/', 'logs.example.com', 'a/'],
    ['a path-style URL', 'https://s3.us-east-1.amazonaws.com/amzn-example-data/raw/', 'amzn-example-data', 'raw/'],
    ['a URL with an encoded key and a query', 'https://amzn-example-data.s3.amazonaws.com/my+folder/a%2Bb?versionId=1', 'amzn-example-data', 'my folder/a+b'],
    [
      'the S3 console page of a folder',
      'https://us-east-1.console.aws.amazon.com/s3/buckets/amzn-example-data?region=us-east-1&bucketType=general&prefix=raw/2024/&showversions=false',
      'amzn-example-data',
      'raw/2024/',
    ],
    ['the S3 console page of a bucket', 'https://s3.console.aws.amazon.com/s3/buckets/amzn-example-data?region=eu-west-1', 'amzn-example-data', ''],
  ])('%s', (_case, text, name, prefix) => {
    expect(parseBucketLocation(text)).toEqual({ name, prefix })
  })
})

describe('isBucketLocation', () => {
  it.each([
    ['amzn-example-data', false],
    ['Bad_Name', false],
    ['s3://a', true],
    ['arn:aws:s3:::a', true],
    ['a/b', true],
  ])('%s → %s', (text, expected) => {
    expect(isBucketLocation(text)).toBe(expected)
  })
})

describe('splitPastedBucketName', () => {
  it.each<[string, string, string, { name: string; prefix: string; note?: string }]>([
    ['a plain name is only trimmed', ' amzn-example-data ', '', { name: 'amzn-example-data', prefix: '' }],
    ['a plain name keeps the typed prefix', 'amzn-example-data', 'logs/', { name: 'amzn-example-data', prefix: 'logs/' }],
    ['an ARN with no prefix', 'arn:aws:s3:::bucket', '', { name: 'bucket', prefix: '' }],
    ['an ARN fills an empty prefix', 'arn:aws:s3:::bucket/raw/', '', { name: 'bucket', prefix: 'raw/' }],
    ['an s3:// URL fills an empty prefix', 's3://bucket/prefix/', '', { name: 'bucket', prefix: 'prefix/' }],
    ['the same prefix, no note', 's3://bucket/raw/', 'raw/', { name: 'bucket', prefix: 'raw/' }],
    ['a location without a prefix keeps the typed one', 's3://bucket', 'logs/', { name: 'bucket', prefix: 'logs/' }],
    [
      'a different prefix: the typed one is kept, and said so',
      's3://bucket/raw/',
      'logs/',
      { name: 'bucket', prefix: 'logs/', note: 'Kept the key prefix logs/ you entered; the pasted location had raw/.' },
    ],
  ])('%s', (_case, text, currentPrefix, expected) => {
    expect(splitPastedBucketName(text, currentPrefix)).toEqual(expected)
  })
})
