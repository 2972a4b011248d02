import { describe, expect, it } from 'vitest'
import { parseBucketList } from './parse-bucket-list'

describe('parseBucketList', () => {
  it.each<[string, string, { name: string; prefix: string }[]]>([
    ['one per line', 'alpha\nbeta\r\ngamma\n', [{ name: 'alpha', prefix: '' }, { name: 'beta', prefix: '' }, { name: 'gamma', prefix: '' }]],
    ['comma-separated with spaces', 'alpha, beta ,gamma', [{ name: 'alpha', prefix: '' }, { name: 'beta', prefix: '' }, { name: 'gamma', prefix: '' }]],
    ['s3:// URLs with prefixes', 's3://alpha/logs/\ns3://beta', [{ name: 'alpha', prefix: 'logs/' }, { name: 'beta', prefix: '' }]],
    ['ARNs with a trailing wildcard', 'arn:aws:s3:::alpha/raw/*, arn:aws-cn:s3:::beta', [{ name: 'alpha', prefix: 'raw/' }, { name: 'beta', prefix: '' }]],
    ['repeats once', 'alpha\nalpha\nalpha/x/', [{ name: 'alpha', prefix: '' }, { name: 'alpha', prefix: 'x/' }]],
    ['nothing', ' \n , ', []],
    ['invalid names kept for the schema to explain', 'Bad_Name', [{ name: 'Bad_Name', prefix: '' }]],
  ])('%s', (_name, text, expected) => {
    expect(parseBucketList(text)).toEqual(expected)
  })

  it('reads 1,000 names', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `bucket-${i}`).join('\n')
    expect(parseBucketList(text)).toHaveLength(1000)
  })
})

describe('parseBucketList reads every location parseBucketLocation reads', () => {
  it('https URLs beside s3:// URLs', () => {
    expect(parseBucketList('https://alpha.s3.eu-west-1.amazonaws.com/raw/\ns3a://beta/out/')).toEqual([
      { name: 'alpha', prefix: 'raw/' },
      { name: 'beta', prefix: 'out/' },
    ])
  })
})
