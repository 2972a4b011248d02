import { describe, expect, it } from 'vitest'
import { evaluatePolicies } from './evaluate-policies'
import type { EvaluationRequest, PrincipalType, Verdict } from './types'

const trust = (principal: unknown, extra: Record<string, unknown> = {}, action: unknown = 'sts:AssumeRole') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: principal, Action: action, ...extra }],
})
const ask = (type: PrincipalType, value: string, context: EvaluationRequest['context'] = {}, action = 'sts:AssumeRole'): EvaluationRequest => ({
  action,
  principal: { type, value },
  context,
})

// Principal element (IAM User Guide, "AWS JSON policy elements: Principal"; EMR Serverless trust policy of
// the getting-started guide; EMR on EKS "update-role-trust-policy" statement, domain-facts §1.3 and §2).
const ROWS: [name: string, document: unknown, request: EvaluationRequest, verdict: Verdict][] = [
  ['service principal', trust({ Service: 'emr-serverless.amazonaws.com' }), ask('Service', 'emr-serverless.amazonaws.com'), 'allowed'],
  ['another service', trust({ Service: 'emr-serverless.amazonaws.com' }), ask('Service', 'ec2.amazonaws.com'), 'not-allowed'],
  ['a service listed among others', trust({ Service: ['ec2.amazonaws.com', 'emr-serverless.amazonaws.com'] }), ask('Service', 'emr-serverless.amazonaws.com'), 'allowed'],
  ['a service asked as AWS', trust({ Service: 'emr-serverless.amazonaws.com' }), ask('AWS', 'emr-serverless.amazonaws.com'), 'not-allowed'],
  ['Principal "*"', trust('*'), ask('Service', 'ec2.amazonaws.com'), 'allowed'],
  ['AWS "*" names everyone', trust({ AWS: '*' }), ask('AWS', 'arn:aws:iam::111122223333:role/x'), 'allowed'],
  ['AWS "*" names anonymous too', trust({ AWS: '*' }), ask('*', '*'), 'allowed'],
  ['anonymous is not a service', trust({ Service: 'ec2.amazonaws.com' }), ask('*', '*'), 'not-allowed'],
  ['no partial wildcards in Principal', trust({ Service: '*.amazonaws.com' }), ask('Service', 'ec2.amazonaws.com'), 'not-allowed'],
  ['an account ID names its roles', trust({ AWS: '123456789012' }), ask('AWS', 'arn:aws:iam::123456789012:role/admin'), 'allowed'],
  ['an account root ARN names its roles', trust({ AWS: 'arn:aws:iam::123456789012:root' }), ask('AWS', 'arn:aws:iam::123456789012:role/admin'), 'allowed'],
  ['an account root ARN names its account', trust({ AWS: 'arn:aws:iam::123456789012:root' }), ask('AWS', '123456789012'), 'allowed'],
  ['another account', trust({ AWS: 'arn:aws:iam::123456789012:root' }), ask('AWS', 'arn:aws:iam::111122223333:role/admin'), 'not-allowed'],
  ['a role principal names that role only', trust({ AWS: 'arn:aws:iam::123456789012:role/a' }), ask('AWS', 'arn:aws:iam::123456789012:role/b'), 'not-allowed'],
  ['a role principal names that role', trust({ AWS: 'arn:aws:iam::123456789012:role/a' }), ask('AWS', 'arn:aws:iam::123456789012:role/a'), 'allowed'],
  ['an assumed-role session of the account', trust({ AWS: '123456789012' }), ask('AWS', 'arn:aws:sts::123456789012:assumed-role/a/s'), 'allowed'],
  ['NotPrincipal spares the listed', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotPrincipal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' }] }, ask('AWS', 'arn:aws:iam::111122223333:role/x'), 'not-allowed'],
  ['NotPrincipal names the others', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotPrincipal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' }] }, ask('AWS', 'arn:aws:iam::123456789012:role/x'), 'allowed'],
  ['wrong action for the principal', trust({ Service: 'emr-serverless.amazonaws.com' }), ask('Service', 'emr-serverless.amazonaws.com', {}, 'sts:AssumeRoleWithWebIdentity'), 'not-allowed'],
  ['a Deny for one account', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }, { Effect: 'Deny', Principal: { AWS: '111122223333' }, Action: 'sts:AssumeRole' }] }, ask('AWS', '111122223333'), 'denied-explicitly'],
  ['a trust statement without Principal is unusable', { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] }, ask('Service', 'ec2.amazonaws.com'), 'not-allowed'],
  ['confused-deputy guard: right account', trust({ Service: 'emr-serverless.amazonaws.com' }, { Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } }), ask('Service', 'emr-serverless.amazonaws.com', { 'aws:SourceAccount': '123456789012' }), 'allowed'],
  ['confused-deputy guard: other account', trust({ Service: 'emr-serverless.amazonaws.com' }, { Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } }), ask('Service', 'emr-serverless.amazonaws.com', { 'aws:SourceAccount': '111122223333' }), 'not-allowed'],
  ['confused-deputy guard: no source account', trust({ Service: 'emr-serverless.amazonaws.com' }, { Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } }), ask('Service', 'emr-serverless.amazonaws.com'), 'not-allowed'],
  ['OIDC: the right service account', trust({ Federated: 'arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EX' }, { Condition: { StringLike: { 'oidc.eks.us-west-2.amazonaws.com/id/EX:sub': 'system:serviceaccount:ns:emr-containers-sa-*-*-123456789012-abc' } } }, 'sts:AssumeRoleWithWebIdentity'), ask('Federated', 'arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EX', { 'oidc.eks.us-west-2.amazonaws.com/id/EX:sub': 'system:serviceaccount:ns:emr-containers-sa-spark-driver-123456789012-abc' }, 'sts:AssumeRoleWithWebIdentity'), 'allowed'],
  ['OIDC: another namespace', trust({ Federated: 'arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EX' }, { Condition: { StringLike: { 'oidc.eks.us-west-2.amazonaws.com/id/EX:sub': 'system:serviceaccount:ns:emr-containers-sa-*-*-123456789012-abc' } } }, 'sts:AssumeRoleWithWebIdentity'), ask('Federated', 'arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EX', { 'oidc.eks.us-west-2.amazonaws.com/id/EX:sub': 'system:serviceaccount:other:emr-containers-sa-spark-driver-123456789012-abc' }, 'sts:AssumeRoleWithWebIdentity'), 'not-allowed'],
  ['OIDC: another provider', trust({ Federated: 'arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EX' }, {}, 'sts:AssumeRoleWithWebIdentity'), ask('Federated', 'arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/OTHER', {}, 'sts:AssumeRoleWithWebIdentity'), 'not-allowed'],
]

describe('trust policies: Principal and NotPrincipal', () => {
  it.each(ROWS)('%s', (_name, document, request, verdict) => {
    expect(evaluatePolicies([{ name: 'Trust policy', document }], request).verdict).toBe(verdict)
  })

  it('explains a principal that is not named', () => {
    const result = evaluatePolicies([{ name: 'Trust policy', document: trust({ Service: 'emr-serverless.amazonaws.com' }) }], ask('Service', 'ec2.amazonaws.com'))
    expect(result.nearest?.mismatch).toEqual({ element: 'Principal', detail: 'Principal does not name Service "ec2.amazonaws.com" (it names Service: emr-serverless.amazonaws.com).' })
  })
})
