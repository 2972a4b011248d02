import { describe } from 'vitest'
import { itChecks, policyText, type CheckCase } from './check.test-util'

const trust = { kind: 'trust' as const, roleName: 'myrole', accountId: '123456789012' }
const ISSUER = 'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E'
/** The statement `aws emr-containers update-role-trust-policy` writes (domain-facts §1.3), role "myrole" = 16o0gwny3p. */
const eks = (subject: string) =>
  policyText([{
    Effect: 'Allow',
    Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${ISSUER}` },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: { StringLike: { [`${ISSUER}:sub`]: subject } },
  }])
const CLI = 'aws-cli emrcontainers update_role_trust_policy (domain-facts §1)'
const SERVERLESS = 'EMR Serverless User Guide, "Create a job runtime role" (domain-facts §2)'
const DEPUTY = 'IAM User Guide, "The confused deputy problem"'

const cases: [string, CheckCase][] = [
  ['trust-any-principal', { name: 'Principal "*"', source: 'IAM User Guide, "AWS JSON policy elements: Principal" (anonymous/everyone)', context: trust, text: policyText([{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }]), at: '"*"', severity: 'security' }],
  ['trust-any-principal', { name: '{"AWS": "*"}', source: 'IAM User Guide, Principal element', context: trust, text: policyText([{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }]), at: '"*"', severity: 'security' }],
  ['trust-any-principal', { name: '"*" limited to the organization', source: 'IAM User Guide, aws:PrincipalOrgID example', context: trust, text: policyText([{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }]) }],
  ['trust-any-principal', { name: 'one account', source: 'IAM User Guide, cross-account trust', context: trust, text: policyText([{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' }]) }],
  ['trust-missing-source-account', { name: 'EMR Serverless trust without aws:SourceAccount (older copies in the wild)', source: SERVERLESS, context: trust, text: policyText([{ Effect: 'Allow', Principal: { Service: 'emr-serverless.amazonaws.com' }, Action: 'sts:AssumeRole' }]), at: '"emr-serverless.amazonaws.com"', severity: 'warning', fixedTo: ',\n      "Condition": { "StringEquals": { "aws:SourceAccount": "123456789012" } }' }],
  ['trust-missing-source-account', { name: 'the current AWS trust policy', source: SERVERLESS, context: trust, text: policyText([{ Sid: 'EMRServerlessTrustPolicy', Effect: 'Allow', Principal: { Service: 'emr-serverless.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } }]) }],
  ['trust-missing-source-account', { name: 'aws:SourceArn of the application', source: DEPUTY + '; domain-facts §2', context: trust, text: policyText([{ Effect: 'Allow', Principal: { Service: 'emr-serverless.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:emr-serverless:us-east-1:123456789012:/applications/*' } } }]) }],
  ['trust-missing-source-account', { name: 'EKS Pod Identity', source: 'EKS User Guide, Pod Identity trust policy (docs/sources.md)', context: trust, text: policyText([{ Effect: 'Allow', Principal: { Service: 'pods.eks.amazonaws.com' }, Action: ['sts:AssumeRole', 'sts:TagSession'] }]) }],
  ['eks-trust-subject', { name: 'the base36 of another role name', source: CLI + ': MyRole is u70qubg4l, myrole is 16o0gwny3p', context: trust, text: eks('system:serviceaccount:spark-jobs:emr-containers-sa-*-*-123456789012-u70qubg4l'), at: '"system:serviceaccount:spark-jobs:emr-containers-sa-*-*-123456789012-u70qubg4l"', severity: 'error', fixedTo: '"system:serviceaccount:spark-jobs:emr-containers-sa-*-*-123456789012-16o0gwny3p"' }],
  ['eks-trust-subject', { name: 'the right base36', source: CLI, context: trust, text: eks('system:serviceaccount:spark-jobs:emr-containers-sa-*-*-123456789012-16o0gwny3p') }],
  ['eks-trust-subject', { name: 'the Spark operator service account (fixed name)', source: 'domain-facts §1.4 (fixed names)', context: trust, text: eks('system:serviceaccount:spark-operator:emr-containers-sa-spark-operator') }],
  ['wildcard-without-like', { name: 'StringEquals with the CLI\'s wildcard sub', source: CLI + ' (it writes StringLike because the name has *)', context: trust, text: eks('system:serviceaccount:spark-jobs:emr-containers-sa-*-*-123456789012-16o0gwny3p').replace('StringLike', 'StringEquals'), at: '"StringEquals"', severity: 'warning', fixedTo: '"StringLike"' }],
  ['wildcard-without-like', { name: 'StringEquals on an exact value', source: 'EKS IRSA trust policy (aud = sts.amazonaws.com)', context: trust, text: eks('system:serviceaccount:spark-jobs:spark').replace('StringLike', 'StringEquals') }],
  ['wildcard-without-like', { name: 'a policy variable is not a wildcard', source: 'IAM User Guide, "IAM policy elements: Variables and tags"', text: policyText([{ Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b', Condition: { StringEquals: { 's3:prefix': '${aws:username}' } } }]) }],
  ['eks-trust-subject', { name: 'role name unknown', source: CLI, context: { kind: 'trust' }, text: eks('system:serviceaccount:spark-jobs:emr-containers-sa-*-*-123456789012-u70qubg4l') }],
]

describe('trust policies', () => {
  itChecks(cases)
})
