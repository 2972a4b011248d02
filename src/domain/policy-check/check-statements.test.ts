import { describe, expect, it } from 'vitest'
import { wildcardCovers } from './wildcard'
import { itChecks, policyText, type CheckCase } from './check.test-util'

const ROLE = 'arn:aws:iam::123456789012:role/EMRServerlessS3RuntimeRole'
const PASS = 'IAM User Guide, "Grant a user permissions to pass a role to an AWS service"; EMR Serverless PassRole policy (docs/sources.md)'
const AA = 'IAM User Guide, "IAM policy validation check reference"'
const read = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/*'] }

const cases: [string, CheckCase][] = [
  ['passrole-any-role', { name: 'PassRole on "*"', source: PASS, text: policyText([{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'emr-serverless.amazonaws.com' } } }]), at: '"*"', severity: 'security' }],
  ['passrole-any-role', { name: 'PassRole on one role', source: PASS, text: policyText([{ Effect: 'Allow', Action: 'iam:PassRole', Resource: ROLE, Condition: { StringEquals: { 'iam:PassedToService': 'emr-serverless.amazonaws.com' } } }]) }],
  ['passrole-any-service', { name: 'PassRole without iam:PassedToService', source: PASS, text: policyText([{ Effect: 'Allow', Action: 'iam:PassRole', Resource: ROLE }]), at: '"iam:PassRole"', severity: 'warning' }],
  ['passrole-any-service', { name: 'iam:* counts as PassRole', source: PASS, text: policyText([{ Effect: 'Allow', Action: 'iam:*', Resource: ROLE }]), at: '"iam:*"', severity: 'warning' }],
  ['passrole-any-service', { name: 'PassRole limited to EMR Serverless', source: PASS, text: policyText([{ Effect: 'Allow', Action: 'iam:PassRole', Resource: ROLE, Condition: { StringEquals: { 'iam:PassedToService': 'emr-serverless.amazonaws.com' } } }]) }],
  ['allow-not-action', { name: 'Allow with NotAction', source: 'IAM User Guide, "NotAction with Allow" warning', text: policyText([{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }]), at: '"iam:*"', severity: 'security' }],
  ['allow-not-action', { name: 'Deny with NotAction', source: 'IAM User Guide, "NotAction with Deny" example', text: policyText([{ Effect: 'Deny', NotAction: 'iam:*', Resource: '*' }]) }],
  ['allow-not-resource', { name: 'Allow with NotResource', source: 'IAM User Guide, "NotResource" (Allow with NotResource warning)', text: policyText([{ Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' }]), at: '"arn:aws:s3:::secret/*"', severity: 'security' }],
  ['duplicate-sid', { name: 'Sid twice in a permissions policy', source: AA + ' (general warning, unique Sids recommended)', text: policyText([{ Sid: 'Read', ...read }, { Sid: 'Read', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b' }]), at: '"Read"', severity: 'warning' }],
  ['duplicate-sid', { name: 'Sid twice in a trust policy', source: AA + ' (error, unique Sids required)', context: { kind: 'trust' }, text: policyText([{ Sid: 'T', Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole' }, { Sid: 'T', Effect: 'Deny', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'sts:TagSession' }]), at: '"T"', severity: 'error' }],
  ['duplicate-sid', { name: 'distinct Sids', source: AA, text: policyText([{ Sid: 'Read', ...read }, { Sid: 'List', Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b' }]) }],
  ['redundant-statement', { name: 'a statement inside a broader one', source: AA + ' (suggestion, redundant statement)', text: policyText([{ Sid: 'ReadAll', Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::b/*' }, { Sid: 'ReadOne', ...read }]), at: '"ReadOne"', severity: 'suggestion', fixedTo: '' }],
  ['redundant-statement', { name: 'the same statement twice', source: 'hand-merged policy', text: policyText([read, read]), at: '"Allow"', severity: 'suggestion' }],
  ['redundant-statement', { name: 'different resources', source: AA, text: policyText([{ Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::a/*' }, read]) }],
  ['redundant-statement', { name: 'a condition makes it differ', source: AA, text: policyText([{ Effect: 'Allow', Action: 's3:Get*', Resource: 'arn:aws:s3:::b/*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }, read]) }],
]

describe('statements', () => {
  itChecks(cases)
})

describe('wildcardCovers', () => {
  it.each([
    ['s3:Get*', 's3:GetObject', true],
    ['s3:Get*', 's3:GetObject*', true],
    ['s3:*Object', 's3:Get*', false],
    ['s3:GetObject', 's3:Get*', false],
    ['s3:Get?bject', 's3:GetObject', true],
    ['arn:aws:s3:::b/*', 'arn:aws:s3:::b/in/*', true],
    ['arn:aws:s3:::b/in/*', 'arn:aws:s3:::b/*', false],
  ] as const)('%s covers %s: %s', (outer, inner, expected) => {
    expect(wildcardCovers(outer, inner)).toBe(expected)
  })
})
