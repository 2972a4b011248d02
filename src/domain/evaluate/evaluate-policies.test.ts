import { describe, expect, it } from 'vitest'
import { evaluatePolicies } from './evaluate-policies'
import { evaluateStatements } from './evaluate.test-util'
import type { EvaluationRequest, Verdict } from './types'

const get = (resource: string): EvaluationRequest => ({ action: 's3:GetObject', resource })
const BUCKET = 'arn:aws:s3:::amzn-s3-demo-bucket'

// Allow/Deny precedence and the Not* elements (IAM User Guide, "Policy evaluation logic", "The difference between
// explicit and implicit denies", "IAM JSON policy elements: NotAction / NotResource").
const PRECEDENCE: [name: string, statements: unknown[], request: EvaluationRequest, verdict: Verdict, deciding: number[]][] = [
  ['no statements: implicit deny', [], get(`${BUCKET}/x`), 'not-allowed', []],
  ['an Allow that applies', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*` }], get(`${BUCKET}/x`), 'allowed', [0]],
  ['a Deny beats an Allow', [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:GetObject', Resource: `${BUCKET}/*` }], get(`${BUCKET}/x`), 'denied-explicitly', [1]],
  ['a Deny of another action does not', [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:PutObject', Resource: '*' }], get(`${BUCKET}/x`), 'allowed', [0]],
  ['a Deny alone is still a deny', [{ Effect: 'Deny', Action: '*', Resource: '*' }], get(`${BUCKET}/x`), 'denied-explicitly', [0]],
  ['two Allows both listed', [{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }, { Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*` }], get(`${BUCKET}/x`), 'allowed', [0, 1]],
  // The AllowGetList / DenyReports example of the explicit-vs-implicit page.
  ['DenyReports denies iam:GetOrganizationsAccessReport', [{ Sid: 'AllowGetList', Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' }, { Sid: 'DenyReports', Effect: 'Deny', Action: 'iam:*Report', Resource: '*' }], { action: 'iam:GetOrganizationsAccessReport', resource: '*' }, 'denied-explicitly', [1]],
  ['AllowGetList allows iam:GetUser', [{ Sid: 'AllowGetList', Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' }, { Sid: 'DenyReports', Effect: 'Deny', Action: 'iam:*Report', Resource: '*' }], { action: 'iam:GetUser', resource: 'arn:aws:iam::123456789012:user/bob' }, 'allowed', [0]],
  ['iam:CreatePolicy is implicitly denied', [{ Sid: 'AllowGetList', Effect: 'Allow', Action: ['iam:Get*', 'iam:List*'], Resource: '*' }], { action: 'iam:CreatePolicy', resource: '*' }, 'not-allowed', []],
  ['NotAction allows what it does not list', [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }], get(`${BUCKET}/x`), 'allowed', [0]],
  ['NotAction leaves out what it lists', [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }], { action: 'iam:CreateUser', resource: '*' }, 'not-allowed', []],
  ['Deny with NotAction denies everything else', [{ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], Resource: '*' }], get(`${BUCKET}/x`), 'denied-explicitly', [1]],
  ['Deny with NotAction spares what it lists', [{ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], Resource: '*' }], { action: 'sts:GetCallerIdentity', resource: '*' }, 'allowed', [0]],
  ['NotResource allows other resources', [{ Effect: 'Allow', Action: 's3:*', NotResource: `${BUCKET}/secret/*` }], get(`${BUCKET}/x`), 'allowed', [0]],
  ['NotResource leaves out what it lists', [{ Effect: 'Allow', Action: 's3:*', NotResource: `${BUCKET}/secret/*` }], get(`${BUCKET}/secret/x`), 'not-allowed', []],
  ['Deny NotResource denies every other resource', [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:*', NotResource: [BUCKET, `${BUCKET}/*`] }], get('arn:aws:s3:::other/x'), 'denied-explicitly', [1]],
  ['Deny NotResource spares the listed bucket', [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:*', NotResource: [BUCKET, `${BUCKET}/*`] }], get(`${BUCKET}/x`), 'allowed', [0]],
  ['a Deny whose condition fails does not deny', [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }], { ...get(`${BUCKET}/x`), context: { 'aws:SecureTransport': true } }, 'allowed', [0]],
  ['a Deny whose condition holds denies', [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }], { ...get(`${BUCKET}/x`), context: { 'aws:SecureTransport': false } }, 'denied-explicitly', [1]],
  ['two operators are AND-ed (one fails)', [{ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'red' }, Bool: { 'aws:SecureTransport': 'true' } } }], { ...get(`${BUCKET}/x`), context: { 'aws:PrincipalTag/team': 'red' } }, 'not-allowed', []],
  ['two operators are AND-ed (both hold)', [{ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'red' }, Bool: { 'aws:SecureTransport': 'true' } } }], { ...get(`${BUCKET}/x`), context: { 'aws:PrincipalTag/team': 'red', 'aws:SecureTransport': true } }, 'allowed', [0]],
  ['two keys under one operator are AND-ed', [{ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'red', 'aws:PrincipalTag/env': 'prod' } } }], { ...get(`${BUCKET}/x`), context: { 'aws:PrincipalTag/team': 'red', 'aws:PrincipalTag/env': 'dev' } }, 'not-allowed', []],
  ['Action "*" covers every service', [{ Effect: 'Allow', Action: '*', Resource: '*' }], { action: 'glue:GetTable', resource: 'arn:aws:glue:us-west-2:123456789012:table/db/t' }, 'allowed', [0]],
  ['upper-case action in the request', [{ Effect: 'Allow', Action: 's3:getobject', Resource: `${BUCKET}/*` }], { action: 'S3:GETOBJECT', resource: `${BUCKET}/x` }, 'allowed', [0]],
  ['the resource is case-sensitive', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*` }], get('arn:aws:s3:::AMZN-S3-DEMO-BUCKET/x'), 'not-allowed', []],
  ['the bucket ARN is not the objects', [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: `${BUCKET}/*` }], { action: 's3:ListBucket', resource: BUCKET }, 'not-allowed', []],
]

describe('Allow, Deny and implicit deny', () => {
  it.each(PRECEDENCE)('%s', (_name, statements, request, verdict, deciding) => {
    const result = evaluateStatements(statements, request)
    expect(result.verdict).toBe(verdict)
    expect(result.deciding.map((ref) => ref.index)).toEqual(deciding)
  })

  it('reads a Statement given as one object, and names the Sid of the deciding statement', () => {
    const document = { Version: '2012-10-17', Statement: { Sid: 'ReadData', Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*` } }
    expect(evaluatePolicies([{ name: 'Permissions policy', document }], get(`${BUCKET}/x`))).toEqual({
      verdict: 'allowed',
      deciding: [{ policy: 'Permissions policy', index: 0, sid: 'ReadData' }],
      unusable: [],
    })
  })

  it('weighs statements across several policies', () => {
    const allow = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }
    const deny = { Version: '2012-10-17', Statement: [{ Sid: 'NoDeletes', Effect: 'Deny', Action: 's3:Delete*', Resource: '*' }] }
    const result = evaluatePolicies([{ name: 'a', document: allow }, { name: 'b', document: deny }], { action: 's3:DeleteObject', resource: `${BUCKET}/x` })
    expect(result.deciding).toEqual([{ policy: 'b', index: 0, sid: 'NoDeletes' }])
  })
})

// Documents that may be anything (edited by hand): never throw; what is unusable is named and skipped.
const MALFORMED: [name: string, document: unknown, problem: string, index?: number][] = [
  ['null', null, 'The document is not a JSON object.'],
  ['a string', 'hello', 'The document is not a JSON object.'],
  ['a list', [], 'The document is not a JSON object.'],
  ['no Statement', { Version: '2012-10-17' }, 'The document has no Statement list.'],
  ['Statement a number', { Version: '2012-10-17', Statement: 3 }, 'The document has no Statement list.'],
  ['a statement that is a string', { Statement: ['x'] }, 'The statement is not a JSON object.', 0],
  ['Effect in lower case', { Statement: [{ Effect: 'allow', Action: '*', Resource: '*' }] }, 'Effect must be "Allow" or "Deny".', 0],
  ['no Action', { Statement: [{ Effect: 'Allow', Resource: '*' }] }, 'The statement has neither Action nor NotAction.', 0],
  ['Action and NotAction', { Statement: [{ Effect: 'Allow', Action: '*', NotAction: 's3:*', Resource: '*' }] }, 'The statement has both Action and NotAction.', 0],
  ['Action a number', { Statement: [{ Effect: 'Allow', Action: 5, Resource: '*' }] }, 'Action must be a string or a list of strings.', 0],
  ['Action with a number inside', { Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 5], Resource: '*' }] }, 'Action must be a string or a list of strings.', 0],
  ['no Resource', { Statement: [{ Effect: 'Allow', Action: '*' }] }, 'The statement has neither Resource nor NotResource.', 0],
  ['Resource and NotResource', { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', NotResource: 'x' }] }, 'The statement has both Resource and NotResource.', 0],
  ['Principal in a permissions policy', { Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }] }, 'Principal belongs in trust and resource-based policies, not in a permissions policy.', 0],
  ['unknown operator', { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEqual: { a: 'b' } } }] }, 'Unknown condition operator "StringEqual".', 0],
  ['IpAddress is not evaluated', { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }] }, 'The checker does not evaluate IpAddress conditions.', 0],
  ['NullIfExists', { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { NullIfExists: { a: 'true' } } }] }, 'Unknown condition operator "NullIfExists".', 0],
  ['Condition a list', { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: [] }] }, 'Condition must be an object of operators.', 0],
  ['operator value a string', { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: 'x' } }] }, 'Condition "StringEquals" must be an object of keys and values.', 0],
  ['condition value an object', { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { a: { b: 1 } } } }] }, 'Condition StringEquals "a" has a value that is not a string, number or boolean.', 0],
]

describe('unusable documents and statements', () => {
  it.each(MALFORMED)('%s', (_name, document, problem, index) => {
    const result = evaluatePolicies([{ name: 'edited', document }], get(`${BUCKET}/x`))
    expect(result.verdict).toBe('not-allowed')
    expect(result.unusable).toEqual([{ policy: 'edited', ...(index === undefined ? {} : { index }), problem }])
  })

  it('still uses the good statements beside a bad one', () => {
    const document = { Version: '2012-10-17', Statement: [{ Effect: 'Permit' }, { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }
    const result = evaluatePolicies([{ name: 'p', document }], get(`${BUCKET}/x`))
    expect(result.verdict).toBe('allowed')
    expect(result.deciding).toEqual([{ policy: 'p', index: 1 }])
  })
})

// Not allowed: the nearest Allow statement and what did not match.
const NEAREST: [name: string, statements: unknown[], request: EvaluationRequest, index: number, element: string, detail: string][] = [
  ['wrong action', [{ Sid: 'Read', Effect: 'Allow', Action: ['s3:GetObject'], Resource: `${BUCKET}/*` }], { action: 's3:PutObject', resource: `${BUCKET}/x` }, 0, 'Action', 'Action does not include "s3:PutObject" (it has s3:GetObject).'],
  ['wrong resource beats wrong action', [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: BUCKET }, { Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/data/*` }], get(`${BUCKET}/logs/x`), 1, 'Resource', `Resource does not cover "${BUCKET}/logs/x" (it has ${BUCKET}/data/*).`],
  ['a failed condition is nearest of all', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::other/*' }, { Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'red' } } }], get(`${BUCKET}/x`), 1, 'Condition', 'StringEquals aws:PrincipalTag/team "red": the request has no such key.'],
  ['a condition with the wrong value', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/team': ['red', 'blue'] } } }], { ...get(`${BUCKET}/x`), context: { 'aws:PrincipalTag/team': 'green' } }, 0, 'Condition', 'StringEquals aws:PrincipalTag/team "red" or "blue": the request has "green".'],
  ['NotAction lists it', [{ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }], get(`${BUCKET}/x`), 0, 'Action', 'NotAction lists "s3:GetObject".'],
  ['NotResource covers it', [{ Effect: 'Allow', Action: 's3:*', NotResource: `${BUCKET}/*` }], get(`${BUCKET}/x`), 0, 'Resource', `NotResource covers "${BUCKET}/x".`],
  ['long resource lists are shortened', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*', 'arn:aws:s3:::c/*', 'arn:aws:s3:::d/*', 'arn:aws:s3:::e/*'] }], get('arn:aws:s3:::f/x'), 0, 'Resource', 'Resource does not cover "arn:aws:s3:::f/x" (it has arn:aws:s3:::a/*, arn:aws:s3:::b/*, arn:aws:s3:::c/* and 2 more).'],
  ['a wrong action on a covered resource is nearer than a wrong resource', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::*.elasticmapreduce/*' }, { Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/raw/*` }], { action: 's3:PutObject', resource: `${BUCKET}/raw/x` }, 1, 'Action', 'Action does not include "s3:PutObject" (it has s3:GetObject).'],
  ['of two wrong resources the closer one is nearer', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::*.elasticmapreduce/*' }, { Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/raw/*` }], get(`${BUCKET}/other/x`), 1, 'Resource', `Resource does not cover "${BUCKET}/other/x" (it has ${BUCKET}/raw/*).`],
  ['Null condition', [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { Null: { 'aws:TokenIssueTime': 'false' } } }], get(`${BUCKET}/x`), 0, 'Condition', 'Null aws:TokenIssueTime: "false" — the key is absent in the request.'],
]

describe('the nearest statement of a request not allowed', () => {
  it.each(NEAREST)('%s', (_name, statements, request, index, element, detail) => {
    const result = evaluateStatements(statements, request)
    expect(result.verdict).toBe('not-allowed')
    expect(result.nearest?.statement.index).toBe(index)
    expect(result.nearest?.mismatch).toEqual({ element, detail })
  })

  it('gives no nearest statement for a Deny-only policy', () => {
    expect(evaluateStatements([{ Effect: 'Deny', Action: 's3:PutObject', Resource: '*' }], get(`${BUCKET}/x`)).nearest).toBeUndefined()
  })
})
