import { describe, expect, it } from 'vitest'
import { conditionHolds } from './evaluate.test-util'
import type { ContextValue } from './types'

type Row = [operator: string, key: string, values: unknown, context: Record<string, ContextValue>, holds: boolean]

// String operators (IAM User Guide, "IAM JSON policy elements: Condition operators", String condition operators).
const STRING: Row[] = [
  ['StringEquals', 'aws:PrincipalTag/job-category', 'iamuser-admin', { 'aws:PrincipalTag/job-category': 'iamuser-admin' }, true],
  ['StringEquals', 'aws:PrincipalTag/job-category', 'iamuser-admin', { 'aws:PrincipalTag/job-category': 'IAMUser-Admin' }, false],
  ['StringEquals', 'aws:PrincipalTag/job-category', 'iamuser-admin', {}, false],
  ['StringEquals', 'aws:SourceAccount', ['111122223333', '123456789012'], { 'aws:SourceAccount': '123456789012' }, true],
  ['StringEquals', 'aws:SourceAccount', ['111122223333', '444455556666'], { 'aws:SourceAccount': '123456789012' }, false],
  ['StringEquals', 'aws:SourceAccount', '123456789012', { 'AWS:SOURCEACCOUNT': '123456789012' }, true], // key names are not case-sensitive
  ['StringEquals', 'AWS:sourceaccount', '123456789012', { 'aws:SourceAccount': '123456789012' }, true],
  ['StringEquals', 's3:prefix', 'home/*', { 's3:prefix': 'home/anything' }, false], // no wildcards in StringEquals
  ['StringEquals', 's3:prefix', 'home/*', { 's3:prefix': 'home/*' }, true],
  ['StringEquals', 's3:max-keys', 10, { 's3:max-keys': '10' }, true], // a number in the policy is its text
  ['StringEquals', 'aws:SecureTransport', true, { 'aws:SecureTransport': true }, true],
  ['StringNotEquals', 'aws:PrincipalTag/job-category', 'iamuser-admin', { 'aws:PrincipalTag/job-category': 'dev' }, true],
  ['StringNotEquals', 'aws:PrincipalTag/job-category', 'iamuser-admin', { 'aws:PrincipalTag/job-category': 'iamuser-admin' }, false],
  ['StringNotEquals', 'aws:PrincipalTag/job-category', 'iamuser-admin', {}, true], // negated + absent key → true
  ['StringNotEquals', 'aws:RequestedRegion', ['us-east-1', 'us-west-2'], { 'aws:RequestedRegion': 'eu-west-1' }, true],
  ['StringNotEquals', 'aws:RequestedRegion', ['us-east-1', 'us-west-2'], { 'aws:RequestedRegion': 'us-west-2' }, false], // NOR of the values
  ['StringEqualsIgnoreCase', 'aws:PrincipalTag/name', 'Bob', { 'aws:PrincipalTag/name': 'bob' }, true],
  ['StringEqualsIgnoreCase', 'aws:PrincipalTag/name', 'Bob', { 'aws:PrincipalTag/name': 'bobby' }, false],
  ['StringEqualsIgnoreCase', 'aws:PrincipalTag/name', 'B*', { 'aws:PrincipalTag/name': 'bob' }, false],
  ['StringNotEqualsIgnoreCase', 'aws:PrincipalTag/name', 'Bob', { 'aws:PrincipalTag/name': 'BOB' }, false],
  ['StringNotEqualsIgnoreCase', 'aws:PrincipalTag/name', 'Bob', { 'aws:PrincipalTag/name': 'alice' }, true],
  ['StringNotEqualsIgnoreCase', 'aws:PrincipalTag/name', 'Bob', {}, true],
  ['StringLike', 's3:prefix', ['', 'home/', 'home/${aws:username}/*'], { 's3:prefix': 'home/', 'aws:username': 'bob' }, true],
  ['StringLike', 's3:prefix', ['home/${aws:username}/*'], { 's3:prefix': 'home/bob/photos', 'aws:username': 'bob' }, true],
  ['StringLike', 's3:prefix', ['home/${aws:username}/*'], { 's3:prefix': 'home/alice/photos', 'aws:username': 'bob' }, false],
  ['StringLike', 's3:prefix', 'home/?', { 's3:prefix': 'home/a' }, true],
  ['StringLike', 's3:prefix', 'home/?', { 's3:prefix': 'home/ab' }, false],
  ['StringLike', 's3:prefix', 'Home/*', { 's3:prefix': 'home/a' }, false], // StringLike is case-sensitive
  ['StringLike', 's3:prefix', '*', {}, false], // absent key fails even a bare *
  ['StringLike', 'aws:userid', 'AIDA*:*', { 'aws:userid': 'AIDAEXAMPLE:session' }, true],
  ['StringNotLike', 'aws:TagKeys', 'key1*', { 'aws:TagKeys': 'key2' }, true],
  ['StringNotLike', 'aws:TagKeys', 'key1*', { 'aws:TagKeys': 'key1x' }, false],
  ['StringNotLike', 's3:prefix', ['a*', 'b*'], { 's3:prefix': 'b1' }, false],
  ['StringNotLike', 's3:prefix', ['a*', 'b*'], { 's3:prefix': 'c1' }, true],
  ['StringNotLike', 's3:prefix', 'a*', {}, true],
]

// ARN operators (same page, ARN condition operators): case-sensitive, each of the six parts matched on its own.
const ARN: Row[] = [
  ['ArnEquals', 'aws:SourceArn', 'arn:aws:sns:us-west-2:123456789012:topic', { 'aws:SourceArn': 'arn:aws:sns:us-west-2:123456789012:topic' }, true],
  ['ArnEquals', 'aws:SourceArn', 'arn:aws:sns:us-west-2:123456789012:topic', { 'aws:SourceArn': 'arn:aws:sns:us-west-2:123456789012:Topic' }, false],
  ['ArnEquals', 'aws:SourceArn', 'arn:aws:sns:*:123456789012:topic', { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:123456789012:topic' }, true],
  ['ArnLike', 'aws:SourceArn', 'arn:aws:emr-serverless:us-west-2:123456789012:/applications/*', { 'aws:SourceArn': 'arn:aws:emr-serverless:us-west-2:123456789012:/applications/00f1' }, true],
  ['ArnLike', 'aws:SourceArn', 'arn:aws:emr-serverless:us-west-2:123456789012:/applications/*', { 'aws:SourceArn': 'arn:aws:emr-serverless:us-west-2:111122223333:/applications/00f1' }, false],
  ['ArnLike', 'aws:SourceArn', 'arn:aws:emr-serverless:us-west-2:123456789012:/applications/*', { 'aws:SourceArn': 'arn:aws:emr-serverless:us-east-1:123456789012:/applications/00f1' }, false],
  ['ArnLike', 'aws:SourceArn', 'arn:aws:emr-serverless:*:/applications/*', { 'aws:SourceArn': 'arn:aws:emr-serverless:us-west-2:123456789012:/applications/00f1' }, false], // * does not cross a colon
  ['ArnLike', 'aws:SourceArn', 'arn:aws:emr-serverless:*:*:/applications/*', { 'aws:SourceArn': 'arn:aws:emr-serverless:us-west-2:123456789012:/applications/00f1' }, true],
  ['ArnLike', 'aws:SourceArn', 'arn:aws:s3:::amzn-s3-demo-bucket', { 'aws:SourceArn': 'arn:aws:s3:::amzn-s3-demo-bucket' }, true],
  ['ArnLike', 'aws:SourceArn', 'arn:aws:s3:::amzn-s3-demo-bucket', {}, false],
  ['ArnLike', 'aws:SourceArn', 'arn:aws:iam::123456789012:role/${aws:username}', { 'aws:SourceArn': 'arn:aws:iam::123456789012:role/bob', 'aws:username': 'bob' }, true],
  ['ArnLike', 'aws:SourceArn', '*', { 'aws:SourceArn': 'arn:aws:s3:::x' }, true],
  ['ArnLike', 'aws:SourceArn', 'arn:aws:s3:::x', { 'aws:SourceArn': 'not-an-arn' }, false],
  ['ArnNotEquals', 'aws:SourceArn', 'arn:aws:s3:::x', { 'aws:SourceArn': 'arn:aws:s3:::y' }, true],
  ['ArnNotEquals', 'aws:SourceArn', 'arn:aws:s3:::x', { 'aws:SourceArn': 'arn:aws:s3:::x' }, false],
  ['ArnNotLike', 'aws:SourceArn', 'arn:aws:s3:::x*', { 'aws:SourceArn': 'arn:aws:s3:::xy' }, false],
  ['ArnNotLike', 'aws:SourceArn', 'arn:aws:s3:::x*', { 'aws:SourceArn': 'arn:aws:s3:::yx' }, true],
  ['ArnNotLike', 'aws:SourceArn', 'arn:aws:s3:::x*', {}, true],
]

// Numeric, date, Bool and Null operators (same page).
const OTHER: Row[] = [
  ['NumericEquals', 's3:max-keys', '10', { 's3:max-keys': '10' }, true],
  ['NumericEquals', 's3:max-keys', '10', { 's3:max-keys': '10.0' }, true],
  ['NumericEquals', 's3:max-keys', '10', { 's3:max-keys': '11' }, false],
  ['NumericEquals', 's3:max-keys', 'ten', { 's3:max-keys': '10' }, false],
  ['NumericNotEquals', 's3:max-keys', '10', { 's3:max-keys': '11' }, true],
  ['NumericNotEquals', 's3:max-keys', '10', { 's3:max-keys': '10' }, false],
  ['NumericLessThan', 's3:max-keys', '10', { 's3:max-keys': '9' }, true],
  ['NumericLessThan', 's3:max-keys', '10', { 's3:max-keys': '10' }, false],
  ['NumericLessThanEquals', 's3:max-keys', '10', { 's3:max-keys': '10' }, true],
  ['NumericLessThanEquals', 's3:max-keys', '10', { 's3:max-keys': '11' }, false],
  ['NumericGreaterThan', 's3:max-keys', '10', { 's3:max-keys': '11' }, true],
  ['NumericGreaterThan', 's3:max-keys', '10', { 's3:max-keys': '10' }, false],
  ['NumericGreaterThanEquals', 's3:max-keys', 10, { 's3:max-keys': '10' }, true],
  ['NumericGreaterThanEquals', 's3:max-keys', 10, { 's3:max-keys': '-1' }, false],
  ['NumericLessThanEquals', 's3:max-keys', '10', {}, false],
  ['NumericLessThanEqualsIfExists', 's3:max-keys', '10', {}, true],
  ['DateGreaterThan', 'aws:CurrentTime', '2020-04-01T00:00:00Z', { 'aws:CurrentTime': '2020-06-30T00:00:00Z' }, true],
  ['DateGreaterThan', 'aws:CurrentTime', '2020-04-01T00:00:00Z', { 'aws:CurrentTime': '2020-03-30T00:00:00Z' }, false],
  ['DateLessThan', 'aws:CurrentTime', '2020-06-30T23:59:59Z', { 'aws:CurrentTime': '2020-06-30T12:00:00Z' }, true],
  ['DateLessThan', 'aws:CurrentTime', '2020-06-30T23:59:59Z', { 'aws:CurrentTime': '2020-07-01T00:00:00Z' }, false],
  ['DateLessThanEquals', 'aws:TokenIssueTime', '2020-01-01T00:00:00Z', { 'aws:TokenIssueTime': '2020-01-01T00:00:00Z' }, true],
  ['DateGreaterThanEquals', 'aws:EpochTime', '1577836800', { 'aws:EpochTime': '2020-01-01T00:00:00Z' }, true], // epoch seconds
  ['DateEquals', 'aws:CurrentTime', '2020-01-01T00:00:00Z', { 'aws:CurrentTime': '1577836800' }, true],
  ['DateNotEquals', 'aws:CurrentTime', '2020-01-01T00:00:00Z', { 'aws:CurrentTime': '2020-01-02T00:00:00Z' }, true],
  ['DateNotEquals', 'aws:CurrentTime', '2020-01-01T00:00:00Z', { 'aws:CurrentTime': '2020-01-01T00:00:00Z' }, false],
  ['DateLessThan', 'aws:CurrentTime', 'yesterday', { 'aws:CurrentTime': '2020-01-01T00:00:00Z' }, false],
  ['Bool', 'aws:SecureTransport', 'true', { 'aws:SecureTransport': true }, true],
  ['Bool', 'aws:SecureTransport', 'true', { 'aws:SecureTransport': false }, false],
  ['Bool', 'aws:SecureTransport', 'false', { 'aws:SecureTransport': 'false' }, true],
  ['Bool', 'aws:SecureTransport', true, { 'aws:SecureTransport': 'TRUE' }, true],
  ['Bool', 'aws:SecureTransport', 'false', {}, false], // the "Deny if SecureTransport false" gap: absent key does not match
  ['BoolIfExists', 'aws:MultiFactorAuthPresent', 'true', {}, true],
  ['BoolIfExists', 'aws:MultiFactorAuthPresent', 'true', { 'aws:MultiFactorAuthPresent': false }, false],
  ['Bool', 'aws:MultiFactorAuthPresent', 'true', { 'aws:MultiFactorAuthPresent': true }, true],
  ['Null', 'aws:TokenIssueTime', 'true', {}, true],
  ['Null', 'aws:TokenIssueTime', 'true', { 'aws:TokenIssueTime': '2020-01-01T00:00:00Z' }, false],
  ['Null', 'aws:TokenIssueTime', 'false', { 'aws:TokenIssueTime': '2020-01-01T00:00:00Z' }, true],
  ['Null', 'aws:TokenIssueTime', 'false', {}, false],
  ['Null', 'aws:TagKeys', 'false', { 'aws:TagKeys': [] }, false],
  ['Null', 'aws:TagKeys', 'false', { 'aws:TagKeys': ['a'] }, true],
  ['Null', 'aws:TokenIssueTime', true, {}, true],
]

// IfExists (same page, "...IfExists condition operators"): passes when the key is absent, else the base test.
const IF_EXISTS: Row[] = [
  ['StringLikeIfExists', 'ec2:InstanceType', ['t1.*', 't2.*', 'm3.*'], {}, true],
  ['StringLikeIfExists', 'ec2:InstanceType', ['t1.*', 't2.*', 'm3.*'], { 'ec2:InstanceType': 't2.micro' }, true],
  ['StringLikeIfExists', 'ec2:InstanceType', ['t1.*', 't2.*', 'm3.*'], { 'ec2:InstanceType': 'c5.large' }, false],
  ['StringEqualsIfExists', 'aws:SourceAccount', '123456789012', {}, true],
  ['StringEqualsIfExists', 'aws:SourceAccount', '123456789012', { 'aws:SourceAccount': '111122223333' }, false],
  ['StringNotEqualsIfExists', 'aws:SourceAccount', '123456789012', {}, true],
  ['StringNotEqualsIfExists', 'aws:SourceAccount', '123456789012', { 'aws:SourceAccount': '123456789012' }, false],
  ['ArnLikeIfExists', 'aws:SourceArn', 'arn:aws:s3:::x', {}, true],
  ['ArnLikeIfExists', 'aws:SourceArn', 'arn:aws:s3:::x', { 'aws:SourceArn': 'arn:aws:s3:::y' }, false],
  ['DateLessThanIfExists', 'aws:CurrentTime', '2020-01-01T00:00:00Z', {}, true],
]

// Set operators (IAM User Guide, "Single-valued vs. multivalued context keys" and "Multivalued context key examples").
const SETS: Row[] = [
  ['ForAllValues:StringEquals', 'aws:TagKeys', ['environment', 'cost-center'], { 'aws:TagKeys': ['environment'] }, true],
  ['ForAllValues:StringEquals', 'aws:TagKeys', ['environment', 'cost-center'], { 'aws:TagKeys': ['environment', 'cost-center'] }, true],
  ['ForAllValues:StringEquals', 'aws:TagKeys', ['environment', 'cost-center'], { 'aws:TagKeys': ['environment', 'owner'] }, false],
  ['ForAllValues:StringEquals', 'aws:TagKeys', ['environment', 'cost-center'], {}, true], // no values → true
  ['ForAllValues:StringEquals', 'aws:TagKeys', ['environment', 'cost-center'], { 'aws:TagKeys': [] }, true],
  ['ForAllValues:StringLike', 'aws:TagKeys', 'key1*', { 'aws:TagKeys': ['key1:legal'] }, true],
  ['ForAllValues:StringLike', 'aws:TagKeys', 'key1*', { 'aws:TagKeys': ['key1:hr', 'key1:personnel'] }, true],
  ['ForAllValues:StringLike', 'aws:TagKeys', 'key1*', { 'aws:TagKeys': ['key1:hr', 'key2:audit'] }, false],
  ['ForAllValues:StringNotLike', 'aws:TagKeys', 'key1*', { 'aws:TagKeys': ['key1:legal'] }, false],
  ['ForAllValues:StringNotLike', 'aws:TagKeys', 'key1*', { 'aws:TagKeys': ['key1:hr', 'key1:personnel'] }, false],
  ['ForAllValues:StringNotLike', 'aws:TagKeys', 'key1*', { 'aws:TagKeys': ['key2:audit'] }, true],
  ['ForAllValues:StringNotLike', 'aws:TagKeys', 'key1*', {}, true],
  ['ForAnyValue:StringEquals', 'aws:TagKeys', ['environment', 'cost-center'], { 'aws:TagKeys': ['environment', 'owner'] }, true],
  ['ForAnyValue:StringEquals', 'aws:TagKeys', ['environment', 'cost-center'], { 'aws:TagKeys': ['owner'] }, false],
  ['ForAnyValue:StringEquals', 'aws:TagKeys', ['environment', 'cost-center'], {}, false], // no values → false
  ['ForAnyValue:StringEquals', 'aws:TagKeys', ['environment', 'cost-center'], { 'aws:TagKeys': [] }, false],
  ['ForAnyValue:StringLike', 'aws:PrincipalServiceNamesList', '*.amazonaws.com', { 'aws:PrincipalServiceNamesList': ['ec2.amazonaws.com', 'x'] }, true],
  ['ForAnyValue:StringNotEquals', 'aws:TagKeys', 'environment', { 'aws:TagKeys': ['environment', 'owner'] }, true],
  ['ForAnyValue:StringNotEquals', 'aws:TagKeys', 'environment', { 'aws:TagKeys': ['environment'] }, false],
  ['ForAnyValue:StringEqualsIgnoreCase', 'aws:TagKeys', 'Environment', { 'aws:TagKeys': ['ENVIRONMENT'] }, true],
  ['ForAllValues:StringEqualsIgnoreCase', 'aws:TagKeys', 'Environment', { 'aws:TagKeys': ['environment', 'Owner'] }, false],
  ['ForAnyValue:ArnLike', 'aws:PrincipalOrgPaths', 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*', { 'aws:PrincipalOrgPaths': ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/ou-x/'] }, true],
  ['ForAllValues:NumericLessThan', 'x:sizes', '10', { 'x:sizes': ['1', '9'] }, true],
  ['ForAllValues:NumericLessThan', 'x:sizes', '10', { 'x:sizes': ['1', '19'] }, false],
  ['ForAnyValue:StringLikeIfExists', 'aws:TagKeys', 'a*', {}, false],
  ['ForAnyValue:StringEquals', 'aws:TagKeys', 'a', { 'aws:TagKeys': 'a' }, true], // one value given as text
]

// A single-valued operator given several request values: one match is enough, a negated one needs all to miss.
const MULTI_WITHOUT_SET: Row[] = [
  ['StringEquals', 'aws:TagKeys', 'a', { 'aws:TagKeys': ['a', 'b'] }, true],
  ['StringEquals', 'aws:TagKeys', 'c', { 'aws:TagKeys': ['a', 'b'] }, false],
  ['StringNotEquals', 'aws:TagKeys', 'a', { 'aws:TagKeys': ['a', 'b'] }, false],
  ['StringNotEquals', 'aws:TagKeys', 'c', { 'aws:TagKeys': ['a', 'b'] }, true],
]

describe.each([
  ['string', STRING],
  ['ARN', ARN],
  ['numeric, date, Bool and Null', OTHER],
  ['IfExists', IF_EXISTS],
  ['ForAllValues / ForAnyValue', SETS],
  ['multivalued without a set operator', MULTI_WITHOUT_SET],
])('%s condition operators', (_name, rows) => {
  it.each(rows)('%s %s %j with %j → %s', (operator, key, values, context, holds) => {
    expect(conditionHolds(operator, key, values, context)).toBe(holds)
  })
})
