import { describe, expect, it } from 'vitest'
import { tokenize } from './variables'
import { matchArnTokens, matchTokens } from './wildcards'

const glob = (pattern: string, value: string, ignoreCase = false) => matchTokens(tokenize(pattern, { wildcards: true, lookup: null }) ?? [], value, ignoreCase)
const arn = (pattern: string, value: string) => matchArnTokens(tokenize(pattern, { wildcards: true, lookup: null }) ?? [], value)

// Action element (IAM User Guide, "IAM JSON policy elements: Action"): * and ? wildcards, not case-sensitive.
const ACTIONS: [pattern: string, action: string, matches: boolean][] = [
  ['s3:GetObject', 's3:GetObject', true],
  ['s3:GetObject', 's3:getobject', true],
  ['S3:GETOBJECT', 's3:GetObject', true],
  ['s3:Get*', 's3:GetObject', true],
  ['s3:Get*', 's3:GetObjectVersion', true],
  ['s3:Get*', 's3:PutObject', false],
  ['s3:*', 's3:ListBucket', true],
  ['s3:*', 'glue:GetTable', false],
  ['*', 'sts:AssumeRole', true],
  ['iam:*AccessKey*', 'iam:CreateAccessKey', true],
  ['iam:*AccessKey*', 'iam:ListAccessKeys', true],
  ['iam:*AccessKey*', 'iam:ListUsers', false],
  ['s3:?etObject', 's3:GetObject', true],
  ['s3:?etObject', 's3:SetObject', true],
  ['s3:?etObject', 's3:GGetObject', false],
  ['s3:GetObject?', 's3:GetObject', false],
  ['s3:GetObject', 's3:GetObjectAcl', false],
  ['s3:GetObject', 's3:GetObjec', false],
  ['glue:Get*', 'glue:GetTables', true],
  ['glue:Get*', 'glueGetTables', false],
  ['emr-serverless:*JobRun', 'emr-serverless:StartJobRun', true],
  ['emr-serverless:*JobRun', 'emr-serverless:StartJobRuns', false],
  ['logs:Put*', 'logs:PutLogEvents', true],
  ['kms:Decrypt', 'kms:Decrypt ', false], // the evaluator trims the request, not the pattern
  ['s3:List*', 's3:ListBucketMultipartUploads', true],
]

// Resource element (IAM User Guide, "IAM JSON policy elements: Resource"; S3 User Guide bucket-policy examples):
// case-sensitive, wildcards inside each ARN part, the resource part may contain colons and slashes.
const RESOURCES: [pattern: string, resource: string, matches: boolean][] = [
  ['*', 'arn:aws:s3:::amzn-s3-demo-bucket', true],
  ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::amzn-s3-demo-bucket', true],
  ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::amzn-s3-demo-bucket/x', false],
  ['arn:aws:s3:::amzn-s3-demo-bucket/*', 'arn:aws:s3:::amzn-s3-demo-bucket/a/b/c.txt', true],
  ['arn:aws:s3:::amzn-s3-demo-bucket/*', 'arn:aws:s3:::amzn-s3-demo-bucket', false],
  ['arn:aws:s3:::amzn-s3-demo-bucket*', 'arn:aws:s3:::amzn-s3-demo-bucket-logs', true], // the "bucket*" mistake
  ['arn:aws:s3:::Amzn-S3-Demo-Bucket/*', 'arn:aws:s3:::amzn-s3-demo-bucket/x', false],
  ['arn:aws:s3:::amzn-s3-demo-bucket/marketing/*', 'arn:aws:s3:::amzn-s3-demo-bucket/marketing/plan.doc', true],
  ['arn:aws:s3:::amzn-s3-demo-bucket/marketing/*', 'arn:aws:s3:::amzn-s3-demo-bucket/Marketing/plan.doc', false],
  ['arn:aws:s3:::amzn-s3-demo-bucket/marketing/*', 'arn:aws:s3:::amzn-s3-demo-bucket/marketing', false],
  ['arn:aws:s3:::amzn-s3-demo-bucket/marketing*', 'arn:aws:s3:::amzn-s3-demo-bucket/marketing-old/x', true],
  ['arn:aws:s3:::amzn-s3-demo-bucket/?.txt', 'arn:aws:s3:::amzn-s3-demo-bucket/a.txt', true],
  ['arn:aws:s3:::amzn-s3-demo-bucket/?.txt', 'arn:aws:s3:::amzn-s3-demo-bucket/ab.txt', false],
  ['arn:aws:logs:us-west-2:123456789012:log-group:/aws/emr:*', 'arn:aws:logs:us-west-2:123456789012:log-group:/aws/emr:log-stream:a', true],
  ['arn:aws:logs:*:123456789012:log-group:*', 'arn:aws:logs:eu-west-1:123456789012:log-group:x', true],
  ['arn:aws:logs:*:123456789012:log-group:*', 'arn:aws:logs:eu-west-1:111122223333:log-group:x', false],
  ['arn:aws:iam::*:role/x', 'arn:aws:iam::123456789012:role/x', true],
  ['arn:aws:iam::123456789012:role/*', 'arn:aws:iam::123456789012:role/path/x', true],
  ['arn:aws:iam::123456789012:role/*', 'arn:aws:iam::123456789012:user/x', false],
  ['arn:aws:glue:us-west-2:123456789012:table/db/*', 'arn:aws:glue:us-west-2:123456789012:table/db/t1', true],
  ['arn:aws:glue:us-west-2:123456789012:table/db/*', 'arn:aws:glue:us-west-2:123456789012:table/db2/t1', false],
  ['arn:aws:glue:us-west-2:123456789012:catalog', 'arn:aws:glue:us-west-2:123456789012:catalog', true],
  ['arn:aws-cn:s3:::b/*', 'arn:aws:s3:::b/x', false],
  ['arn:*:s3:::b/*', 'arn:aws-us-gov:s3:::b/x', true],
  ['arn:aws:s3:::b/*', 'arn:aws:s3:::b/', true],
  // In ARN matching a * stays in its part: here it cannot stand for "us-west-2:123456789012".
  ['arn:aws:emr-serverless:*:/applications/*', 'arn:aws:emr-serverless:us-west-2:123456789012:/applications/00f1', false],
  ['arn:aws:emr-serverless:*:*:/applications/*', 'arn:aws:emr-serverless:us-west-2:123456789012:/applications/00f1', true],
  ['arn:aws:emr-containers:us-west-2:123456789012:/virtualclusters/*', 'arn:aws:emr-containers:us-west-2:123456789012:/virtualclusters/abc', true],
  ['arn:aws:kms:us-west-2:123456789012:key/*', 'arn:aws:kms:us-west-2:123456789012:alias/x', false],
  ['arn:aws:s3:::b', 'arn:aws:s3:::b', true],
  ['arn:aws:s3:b/*', 'arn:aws:s3:b/x', false],
]

// StringLike compares the whole text (IAM User Guide, string condition operators): a * may cross colons there.
const STRING_LIKE: [pattern: string, value: string, matches: boolean][] = [
  ['arn:aws:emr-serverless:*:/applications/*', 'arn:aws:emr-serverless:us-west-2:123456789012:/applications/00f1', true],
  ['system:serviceaccount:spark:emr-containers-sa-*-*-123456789012-abc', 'system:serviceaccount:spark:emr-containers-sa-spark-driver-123456789012-abc', true],
  ['system:serviceaccount:spark:emr-containers-sa-*-*-123456789012-abc', 'system:serviceaccount:other:emr-containers-sa-spark-driver-123456789012-abc', false],
  ['home/${*}', 'home/x', false],
  ['', '', true],
  ['a*', 'A', false],
]

describe('action patterns (not case-sensitive)', () => {
  it.each(ACTIONS)('%s vs %s → %s', (pattern, action, matches) => {
    expect(glob(pattern, action, true)).toBe(matches)
  })
})

describe('resource patterns (ARN parts, case-sensitive)', () => {
  it.each(RESOURCES)('%s vs %s → %s', (pattern, resource, matches) => {
    expect(arn(pattern, resource)).toBe(matches)
  })
})

describe('StringLike patterns (whole text)', () => {
  it.each(STRING_LIKE)('%s vs %s → %s', (pattern, value, matches) => {
    expect(glob(pattern, value)).toBe(matches)
  })
})
