import { describe, expect, it } from 'vitest'
import { configSchema } from '../config/schema'
import { eksTestConfig, TEST_CONTEXT } from '../test-configs'
import { buildEksDocuments } from './eks-documents'
import { buildCliTrustStatement } from './eks-trust'
import { mergeTrustStatements, parseTrustPolicyText, strictlyEqual, wildcardSubs } from './trust-merge'

const cluster = {
  clusterName: 'analytics',
  namespace: 'spark-jobs',
  oidcIssuer: 'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E',
  accountId: '',
}
const cli = buildCliTrustStatement(cluster, 'myrole', TEST_CONTEXT)
const ec2Trust = { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }

/** The documents for a pasted trust policy, with the default single pair. */
function withPasted(existing: unknown) {
  const config = eksTestConfig({}, { existingTrustPolicy: JSON.stringify(existing, null, 2) })
  return buildEksDocuments(configSchema.parse(config))
}

describe('merging into an existing trust policy, as the AWS CLI does', () => {
  it('skips a statement that is already there (no change)', () => {
    const existing = { Version: '2012-10-17', Statement: [ec2Trust, cli] }
    const docs = withPasted(existing)
    expect(docs.trustPolicy).toEqual(existing)
    expect(docs.trustMerge?.alreadyPresent).toHaveLength(1)
    expect(docs.trustMerge?.appended).toHaveLength(0)
  })

  it('appends to the end a statement that is missing, keeping the rest as it was', () => {
    const existing = { Version: '2012-10-17', Statement: [ec2Trust] }
    expect(withPasted(existing).trustPolicy).toEqual({ Version: '2012-10-17', Statement: [ec2Trust, cli] })
  })

  it('appends a statement that differs only by a Sid, and reports the near-duplicate', () => {
    const withSid = { Sid: 'EmrOnEks', ...cli }
    const docs = withPasted({ Version: '2012-10-17', Statement: [ec2Trust, withSid] })
    expect(docs.trustPolicy.Statement).toEqual([ec2Trust, withSid, cli])
    expect(docs.trustMerge?.nearDuplicates).toEqual([1])
  })

  it('appends when the existing one has more keys (the CLI’s test_trust_policy_exists_with_more_keys)', () => {
    const withAud = { ...cli, Condition: { ...cli.Condition, StringEquals: { 'x:aud': 'sts.amazonaws.com' } } }
    const docs = withPasted({ Version: '2012-10-17', Statement: [withAud] })
    expect(docs.trustPolicy.Statement).toHaveLength(2)
    expect(docs.trustMerge?.nearDuplicates).toEqual([0])
  })

  it('creates the Statement list when the policy has none, and wraps a single statement object', () => {
    expect(mergeTrustStatements({ Version: '2012-10-17' }, [cli]).document).toEqual({ Version: '2012-10-17', Statement: [cli] })
    expect(mergeTrustStatements({ Version: '2012-10-17', Statement: ec2Trust }, [cli]).document.Statement).toEqual([ec2Trust, cli])
  })

  it('compares leaves as strings and lists by length and order', () => {
    expect(strictlyEqual({ a: 1 }, { a: '1' })).toBe(true)
    expect(strictlyEqual({ a: ['x', 'y'] }, { a: ['y', 'x'] })).toBe(false)
    expect(strictlyEqual({ Action: 'sts:AssumeRoleWithWebIdentity' }, { Action: ['sts:AssumeRoleWithWebIdentity'] })).toBe(false)
    expect(strictlyEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false)
  })
})

describe('reading a pasted trust policy', () => {
  it.each([
    ['{"Version": "2012-10-17", "Statement": [', /not valid JSON/],
    ['[1, 2]', /a JSON object with "Version" and "Statement"/],
    ['"text"', /a JSON object/],
    ['{"Statement": 3}', /"Statement" must be a list/],
  ])('%s', (text, message) => {
    const result = parseTrustPolicyText(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(message)
  })

  it('finds sub patterns that end in a wildcard', () => {
    const wide = { ...cli, Condition: { StringLike: { 'x:sub': 'system:serviceaccount:ns:emr-containers-sa-*-*-123456789012-*' } } }
    expect(wildcardSubs({ Statement: [cli, wide] })).toEqual(['system:serviceaccount:ns:emr-containers-sa-*-*-123456789012-*'])
  })
})
