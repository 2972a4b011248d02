import { describe, expect, it } from 'vitest'
import { check, itChecks, policyText, type CheckCase } from './check.test-util'

const GOOD = policyText([{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::amzn-example-data/*' }])
const GRAMMAR = 'IAM User Guide, "IAM JSON policy element reference" / "Grammar of the IAM JSON policy language"'
const AA = 'IAM User Guide, "IAM policy validation check reference" (Access Analyzer)'

const cases: [rule: string, row: CheckCase][] = [
  ['json-syntax', { name: 'trailing comma (hand-edited JSON)', source: AA, text: '{"Version": "2012-10-17", "Statement": [],}', at: '}', severity: 'error' }],
  ['json-syntax', { name: 'valid JSON', source: AA, text: GOOD }],
  ['version-invalid', { name: 'a date that is no policy version', source: GRAMMAR, text: GOOD.replace('2012-10-17', '2012-10-18'), at: '"2012-10-18"', severity: 'error', fixedTo: '"2012-10-17"' }],
  ['version-invalid', { name: 'the current version', source: GRAMMAR, text: GOOD }],
  ['version-missing', { name: 'no Version', source: 'IAM User Guide, "IAM JSON policy elements: Version"', text: '{"Statement": {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::b"}}', at: '{', severity: 'warning' }],
  ['statement-missing', { name: 'no Statement', source: AA, text: '{"Version": "2012-10-17"}', at: '{', severity: 'error' }],
  ['unknown-element', { name: 'lower-case element name', source: GRAMMAR, text: GOOD.replace('"Action"', '"action"'), at: '"action"', severity: 'error', fixedTo: '"Action"' }],
  ['unknown-element', { name: 'Id at the top', source: GRAMMAR, text: GOOD.replace('{', '{\n  "Id": "x",') }],
  ['effect-invalid', { name: 'lower-case allow', source: AA, text: GOOD.replace('"Allow"', '"allow"'), at: '"allow"', severity: 'error', fixedTo: '"Allow"' }],
  ['effect-invalid', { name: 'Deny', source: AA, text: GOOD.replace('"Allow"', '"Deny"') }],
  ['element-combination', { name: 'Action and NotAction together', source: AA, text: policyText([{ Effect: 'Deny', Action: 's3:GetObject', NotAction: 's3:PutObject', Resource: '*' }]), at: '"NotAction"', severity: 'error' }],
  ['element-combination', { name: 'Action alone', source: AA, text: GOOD }],
  ['action-missing', { name: 'no Action', source: AA, text: policyText([{ Effect: 'Allow', Resource: '*' }]), severity: 'error', at: '{\n      "Effect": "Allow",\n      "Resource": "*"\n    }' }],
  ['resource-missing', { name: 'permissions statement without Resource', source: AA, text: policyText([{ Effect: 'Allow', Action: 's3:GetObject' }]), severity: 'error', at: '{\n      "Effect": "Allow",\n      "Action": "s3:GetObject"\n    }' }],
  ['resource-missing', { name: 'trust statement needs none', source: 'EMR Serverless User Guide, getting started trust policy', text: policyText([{ Effect: 'Allow', Principal: { Service: 'emr-serverless.amazonaws.com' }, Action: 'sts:AssumeRole' }]), context: { kind: 'trust' } }],
  ['principal-not-allowed', { name: 'Principal in a permissions policy', source: AA, text: policyText([{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }]), at: '"Principal"', severity: 'error' }],
  ['principal-missing', { name: 'trust statement without Principal', source: AA, text: policyText([{ Effect: 'Allow', Action: 'sts:AssumeRole' }]), context: { kind: 'trust' }, severity: 'error', at: '{\n      "Effect": "Allow",\n      "Action": "sts:AssumeRole"\n    }' }],
  ['resource-not-allowed', { name: 'Resource in a trust policy', source: 'IAM User Guide, "Role terms and concepts" (trust policy)', text: policyText([{ Effect: 'Allow', Principal: { Service: 'emr-serverless.amazonaws.com' }, Action: 'sts:AssumeRole', Resource: '*', Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } }]), context: { kind: 'trust' }, at: '"Resource"', severity: 'error' }],
  ['invalid-value', { name: 'Action as a number', source: AA, text: policyText([{ Effect: 'Allow', Action: 3, Resource: '*' }]), at: '3', severity: 'error' }],
]

describe('JSON and IAM grammar', () => {
  itChecks(cases)

  it('reports nothing at all for a minimal correct policy', async () => {
    expect(await check(GOOD)).toEqual([])
  })

  it('points a syntax error at the offending character', async () => {
    const text = '{"Version": "2012-10-17" "Statement": []}'
    const [finding] = await check(text)
    expect(finding?.rule).toBe('json-syntax')
    expect(text.slice(finding?.start, finding?.end)).toBe('"Statement"')
  })
})
