import { describe } from 'vitest'
import { itChecks, policyText, type CheckCase } from './check.test-util'

const withCondition = (action: string, resource: string, condition: unknown, effect = 'Allow') =>
  policyText([{ Effect: effect, Action: action, Resource: resource, Condition: condition }])
const BUCKET = 'arn:aws:s3:::amzn-s3-demo-bucket'
const OPERATORS = 'IAM User Guide, "IAM JSON policy elements: Condition operators"'
const MULTI = 'IAM User Guide, "Single-valued vs. multivalued context keys"'

const cases: [string, CheckCase][] = [
  ['condition-key-unknown', { name: 'a misspelt global key', source: 'confused-deputy example with aws:SourceAccount (IAM User Guide, "The confused deputy problem")', text: withCondition('s3:ListBucket', BUCKET, { StringEquals: { 'aws:SourceAcount': '123456789012' } }), at: '"aws:SourceAcount"', severity: 'error', fixedTo: '"aws:SourceAccount"' }],
  ['condition-key-unknown', { name: 'a misspelt service key', source: 'S3 user guide, "Limit ListBucket to a prefix" (s3:prefix)', text: withCondition('s3:ListBucket', BUCKET, { StringLike: { 's3:prefixes': 'home/*' } }), at: '"s3:prefixes"', severity: 'error', fixedTo: '"s3:prefix"' }],
  ['condition-key-unknown', { name: 'a key of a prefix that is no service', source: 'hand-edited policy', text: withCondition('s3:ListBucket', BUCKET, { StringEquals: { 'emr:ApplicationId': 'x' } }), at: '"emr:ApplicationId"', severity: 'error' }],
  ['condition-key-unknown', { name: 'a tag key and an OIDC provider key', source: 'IAM User Guide, "Controlling access using tags"; EKS IRSA trust policy', text: withCondition('sts:AssumeRoleWithWebIdentity', '*', { StringEquals: { 'aws:ResourceTag/team': 'a', 'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLE:aud': 'sts.amazonaws.com' } }) }],
  ['condition-key-case', { name: 'a key in another case', source: 'IAM User Guide, "Condition element" (key names are not case-sensitive)', text: withCondition('s3:ListBucket', BUCKET, { StringEquals: { 'aws:sourceaccount': '123456789012' } }), at: '"aws:sourceaccount"', severity: 'suggestion', fixedTo: '"aws:SourceAccount"' }],
  ['condition-key-not-for-action', { name: 's3:prefix on GetObject', source: 'S3 user guide (s3:prefix applies to ListBucket)', text: withCondition('s3:GetObject', `${BUCKET}/*`, { StringLike: { 's3:prefix': 'home/*' } }), at: '"s3:prefix"', severity: 'warning' }],
  ['condition-key-not-for-action', { name: 's3:prefix on ListBucket', source: 'S3 user guide, ListBucket with s3:prefix', text: withCondition('s3:ListBucket', BUCKET, { StringLike: { 's3:prefix': 'home/*' } }) }],
  ['condition-key-not-for-action', { name: 'iam:PassedToService on PassRole', source: 'docs/sources.md (StartJobRun passes the role)', text: withCondition('iam:PassRole', 'arn:aws:iam::123456789012:role/r', { StringEquals: { 'iam:PassedToService': 'emr-serverless.amazonaws.com' } }) }],
  ['condition-operator-unknown', { name: 'operator in lower case', source: OPERATORS, text: withCondition('s3:ListBucket', BUCKET, { stringequals: { 'aws:SourceAccount': '123456789012' } }), at: '"stringequals"', severity: 'error', fixedTo: '"StringEquals"' }],
  ['condition-operator-unknown', { name: 'Null with IfExists', source: 'Access Analyzer "Null with if exists"', text: withCondition('s3:ListBucket', BUCKET, { NullIfExists: { 'aws:SourceAccount': 'true' } }), at: '"NullIfExists"', severity: 'error', fixedTo: '"Null"' }],
  ['condition-operator-type', { name: 'String operator on a Bool key', source: 'S3 user guide, "Enforce HTTPS" uses Bool for aws:SecureTransport', text: withCondition('s3:GetObject', `${BUCKET}/*`, { StringEquals: { 'aws:SecureTransport': 'false' } }, 'Deny'), at: '"StringEquals"', severity: 'warning', fixedTo: '"Bool"' }],
  ['condition-operator-type', { name: 'String operator on a Numeric key', source: 'S3 user guide, s3:signatureAge is Numeric', text: withCondition('s3:GetObject', `${BUCKET}/*`, { StringEquals: { 's3:signatureAge': '600000' } }, 'Deny'), at: '"StringEquals"', severity: 'warning' }],
  ['condition-operator-type', { name: 'String operator on an ARN key', source: 'confused-deputy page (ArnLike for aws:SourceArn)', text: withCondition('s3:ListBucket', BUCKET, { StringLike: { 'aws:SourceArn': 'arn:aws:emr-serverless:*' } }), at: '"StringLike"', severity: 'suggestion', fixedTo: '"ArnLike"' }],
  ['condition-operator-type', { name: 'ArnLike on aws:SourceArn, Bool on SecureTransport', source: OPERATORS, text: withCondition('s3:ListBucket', BUCKET, { ArnLike: { 'aws:SourceArn': 'arn:aws:emr-serverless:*' }, Bool: { 'aws:SecureTransport': 'true' } }) }],
  ['condition-operator-type', { name: 'ArnEquals on a String key holding an ARN', source: 'CloudWatch Logs, "Encrypt log data using AWS KMS" (kms:EncryptionContext:aws:logs:arn)', text: withCondition('kms:Decrypt', 'arn:aws:kms:us-east-1:123456789012:key/k', { ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': 'arn:aws:logs:us-east-1:123456789012:log-group:g' } }) }],
  ['set-operator-single-valued', { name: 'ForAllValues on a single-valued key in an Allow', source: MULTI, text: withCondition('s3:ListBucket', BUCKET, { 'ForAllValues:StringEquals': { 'aws:SourceAccount': '123456789012' } }), at: '"ForAllValues:StringEquals"', severity: 'security', fixedTo: '"StringEquals"' }],
  ['set-operator-single-valued', { name: 'ForAnyValue on a single-valued key', source: MULTI, text: withCondition('s3:ListBucket', BUCKET, { 'ForAnyValue:StringEquals': { 'aws:PrincipalAccount': '123456789012' } }), at: '"ForAnyValue:StringEquals"', severity: 'warning', fixedTo: '"StringEquals"' }],
  ['set-operator-single-valued', { name: 'ForAllValues on aws:TagKeys', source: MULTI, text: withCondition('ec2:CreateTags', '*', { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment', 'team'] } }) }],
]

describe('condition keys and operators', () => {
  itChecks(cases)
})
