import { describe, expect, it } from 'vitest'
import { testConfig } from '../test-configs'
import type { Config } from './schema'
import type { TableBucketEntry } from './table-buckets-schema'
import { validateConfig } from './validate-config'

const row = (bucket: string, namespace = '', access: TableBucketEntry['access'] = 'read'): TableBucketEntry => ({ bucket, namespace, access })
const problemsOf = (config: Config) => {
  const checked = validateConfig(config)
  return checked.ok ? [] : checked.problems
}

describe('table bucket answers: each problem at its field', () => {
  it.each<[string, TableBucketEntry[], { field: string; message: RegExp }[]]>([
    ['none', [], []],
    ['a name and an ARN of another account', [row('lake'), row('arn:aws:s3tables:eu-west-1:210987654321:bucket/lake', 'sales')], []],
    ['an empty row', [row('')], [{ field: 'tableBuckets.0.bucket', message: /^Enter a table bucket name/ }]],
    ['a bad name and a bad namespace', [row('My_Lake', 'Sales')], [
      { field: 'tableBuckets.0.bucket', message: /found "M"/ },
      { field: 'tableBuckets.0.namespace', message: /found "S"/ },
    ]],
    ['another partition', [row('arn:aws-cn:s3tables:cn-north-1:123456789012:bucket/lake')], [
      { field: 'tableBuckets.0.bucket', message: /cannot reach partition aws-cn/ },
    ]],
    ['the same bucket twice', [row('lake'), row('lake', '', 'read-write')], [
      { field: 'tableBuckets.1.bucket', message: /^Already listed as table bucket 1/ },
    ]],
    ['the name and the role’s own ARN of it', [row('lake', 'sales'), row('arn:aws:s3tables:us-east-1:123456789012:bucket/lake', 'sales')], [
      { field: 'tableBuckets.1.bucket', message: /^Already listed as table bucket 1/ },
    ]],
    ['one bucket, two namespaces', [row('lake', 'sales'), row('lake', 'hr')], []],
  ])('%s', (_name, tableBuckets, expected) => {
    const problems = problemsOf(testConfig({ tableBuckets }))
    expect(problems.map((p) => p.field)).toEqual(expected.map((e) => e.field))
    problems.forEach((p, i) => expect(p.message).toMatch(expected[i]?.message ?? /./))
  })

  it('checked for EMR on EKS too: the permissions policy is shared', () => {
    const fields = problemsOf(testConfig({ target: 'eks', tableBuckets: [row('')] })).map((p) => p.field)
    expect(fields).toContain('tableBuckets.0.bucket')
  })
})
