import { describe, expect, it } from 'vitest'
import { arnPatternMatches } from './arn-pattern'
import { itChecks, policyText, type CheckCase } from './check.test-util'

const allow = (action: string | string[], resource: string | string[]) => policyText([{ Effect: 'Allow', Action: action, Resource: resource }])
const S3 = 'AWS docs, EMR on EKS "Create a job execution role" (s3:GetObject on the bucket ARN only; domain-facts §7)'
const APP = 'arn:aws:emr-serverless:us-east-1:123456789012:/applications/00abc'

const cases: [string, CheckCase][] = [
  ['resource-mismatch', { name: 's3:GetObject on a bucket ARN', source: S3, text: allow(['s3:ListBucket', 's3:GetObject'], 'arn:aws:s3:::amzn-s3-demo-bucket'), at: '"s3:GetObject"', severity: 'warning' }],
  ['resource-mismatch', { name: 's3:ListBucket on objects', source: 'S3 user guide, "Policy examples" (ListBucket takes the bucket ARN)', text: allow('s3:ListBucket', 'arn:aws:s3:::amzn-s3-demo-bucket/*'), at: '"s3:ListBucket"', severity: 'warning' }],
  ['resource-mismatch', { name: 'bucket and objects both given', source: 'EMR Serverless User Guide, runtime role policy (bucket and bucket/*)', text: allow(['s3:ListBucket', 's3:GetObject'], ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::amzn-s3-demo-bucket/*']) }],
  ['resource-mismatch', { name: 'StartJobRun on a job run ARN', source: 'Service Authorization Reference, EMR Serverless (StartJobRun acts on application)', text: allow('emr-serverless:StartJobRun', `${APP}/jobruns/*`), at: '"emr-serverless:StartJobRun"', severity: 'warning' }],
  ['resource-mismatch', { name: 'GetJobRun on job runs', source: 'docs/sources.md, submitters policy (GetJobRun on jobRun)', text: allow('emr-serverless:GetJobRun', `${APP}/jobruns/*`) }],
  ['resource-mismatch', { name: 'an ARN of another service for a "*"-only action', source: 'Service Authorization Reference, S3 (ListAllMyBuckets has no resource type)', text: allow('s3:ListAllMyBuckets', 'arn:aws:iam::123456789012:role/x'), at: '"s3:ListAllMyBuckets"', severity: 'warning' }],
  ['resource-mismatch', { name: 'logs:DescribeLogGroups on arn:aws:logs:*:*:*', source: 'EMR on EKS "Create a job execution role" (domain-facts §3)', text: allow('logs:DescribeLogGroups', 'arn:aws:logs:*:*:*') }],
  ['resource-mismatch', { name: 'PutLogEvents on a log stream under a path-like group', source: 'EMR Serverless logging (log-group /aws/emr-serverless)', text: allow('logs:PutLogEvents', 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/emr-serverless:log-stream:*') }],
]

describe('actions against their resource types', () => {
  itChecks(cases)
})

describe('arnPatternMatches', () => {
  it.each([
    ['arn:aws:s3:::b', 'arn:${Partition}:s3:::${BucketName}', true],
    ['arn:aws:s3:::b/*', 'arn:${Partition}:s3:::${BucketName}', false],
    ['arn:aws:s3:::b', 'arn:${Partition}:s3:::${BucketName}/${ObjectName}', false],
    ['arn:aws:s3:::b/key/with/slashes', 'arn:${Partition}:s3:::${BucketName}/${ObjectName}', true],
    ['arn:aws:s3:::*', 'arn:${Partition}:s3:::${BucketName}/${ObjectName}', true],
    ['arn:aws:s3:::${aws:username}/*', 'arn:${Partition}:s3:::${BucketName}/${ObjectName}', true],
    ['arn:aws:iam::123456789012:role/path/r', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', true],
    ['*', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', true],
    ['arn:aws:iam::123456789012:user/u', 'arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}', false],
  ] as const)('%s ~ %s: %s', (resource, pattern, expected) => {
    expect(arnPatternMatches(resource, pattern)).toBe(expected)
  })
})
