import { describe } from 'vitest'
import { itChecks, policyText, type CheckCase } from './check.test-util'

const allow = (action: string | string[], resource: string | string[] = '*') => policyText([{ Effect: 'Allow', Action: action, Resource: resource }])
const APP = 'arn:aws:emr-serverless:us-east-1:123456789012:/applications/00abc'
const PEER = 'issue 13: a public EMR Serverless construct grants these (domain-facts §9)'
const SAR = 'Service Authorization Reference, "Actions, resources, and condition keys for Amazon EMR Serverless"'

const cases: [string, CheckCase][] = [
  ['unknown-action', { name: 'StopJobRun is CancelJobRun', source: PEER, text: allow('emr-serverless:StopJobRun', `${APP}/jobruns/*`), at: '"emr-serverless:StopJobRun"', severity: 'error', fixedTo: '"emr-serverless:CancelJobRun"' }],
  ['unknown-action', { name: 'DescribeApplication is GetApplication', source: PEER, text: allow('emr-serverless:DescribeApplication', APP), at: '"emr-serverless:DescribeApplication"', severity: 'error', fixedTo: '"emr-serverless:GetApplication"' }],
  ['unknown-action', { name: 'a typo', source: 'hand-edited policy; s3:GetObject in the S3 user guide', text: allow('s3:GetObjet', 'arn:aws:s3:::b/*'), at: '"s3:GetObjet"', severity: 'error', fixedTo: '"s3:GetObject"' }],
  ['unknown-action', { name: 'a wildcard that matches nothing', source: SAR, text: allow('emr-serverless:Describe*'), at: '"emr-serverless:Describe*"', severity: 'error' }],
  ['unknown-action', { name: 'real actions, any case', source: SAR, text: allow(['emr-serverless:CancelJobRun', 'emr-serverless:getjobrun', 'emr-serverless:Get*'], `${APP}/jobruns/*`) }],
  ['unknown-service', { name: 'a misspelt prefix', source: 'hand-edited policy; prefix emr-serverless in the Service Authorization Reference', text: allow('emr-serverles:StartJobRun', APP), at: '"emr-serverles:StartJobRun"', severity: 'error', fixedTo: '"emr-serverless:StartJobRun"' }],
  ['unknown-service', { name: 'EMR on EKS prefix', source: 'Service Authorization Reference, Amazon EMR on EKS (emr-containers)', text: allow('emr-containers:StartJobRun', 'arn:aws:emr-containers:us-east-1:123456789012:/virtualclusters/abc') }],
  ['invalid-action', { name: 'no service prefix', source: 'IAM User Guide, "IAM JSON policy elements: Action"', text: allow('GetObject'), at: '"GetObject"', severity: 'error' }],
  ['wildcard-action', { name: 'Action "*"', source: 'IAM User Guide, "Security best practices: apply least-privilege permissions"', text: allow('*'), at: '"*"', severity: 'security' }],
  ['wildcard-action', { name: 's3:*', source: 'IAM User Guide, least-privilege best practice', text: allow('s3:*', 'arn:aws:s3:::b/*'), at: '"s3:*"', severity: 'warning' }],
  ['wildcard-action', { name: 's3:* in a Deny', source: 'IAM User Guide, "Example: deny access to a bucket"', text: policyText([{ Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::b' }]) }],
  ['wildcard-action', { name: 'a partial wildcard', source: 'AWS managed policy AmazonS3ReadOnlyAccess (s3:Get*, s3:List*)', text: allow(['s3:Get*', 's3:List*']) }],
]

describe('action names', () => {
  itChecks(cases)
})
