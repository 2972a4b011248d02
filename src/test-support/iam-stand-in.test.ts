import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startIamStandIn, type IamStandIn } from './iam-stand-in.test-util'

let standIn: IamStandIn
beforeEach(async () => {
  standIn = await startIamStandIn({ account: '123456789012', partition: 'aws' })
})
afterEach(() => standIn.close())

async function post(action: string, params: Record<string, string>, version = '2010-05-08') {
  const response = await fetch(standIn.endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body: new URLSearchParams({ Action: action, Version: version, ...params }).toString(),
  })
  return { status: response.status, xml: await response.text() }
}

const tag = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((m) => m[1])

describe('the IAM and STS stand-in', () => {
  it('answers STS and IAM in their own namespaces, and records each call', async () => {
    const identity = await post('GetCallerIdentity', {}, '2011-06-15')
    expect(identity.xml).toContain('<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">')
    expect(tag(identity.xml, 'Arn')).toEqual(['arn:aws:sts::123456789012:assumed-role/deployer/ci'])
    const missing = await post('GetRole', { RoleName: 'r' })
    expect(missing.status).toBe(404)
    expect(missing.xml).toContain('<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>NoSuchEntity</Code>')
    expect(standIn.calls.map((c) => `${c.service} ${c.action}`)).toEqual(['sts GetCallerIdentity', 'iam GetRole'])
  })

  it('answers policy documents URL-encoded, as IAM does', async () => {
    const trust = '{"Version":"2012-10-17","Statement":[]}'
    await post('CreateRole', { RoleName: 'r', Path: '/', AssumeRolePolicyDocument: trust })
    expect(tag((await post('GetRole', { RoleName: 'R' })).xml, 'AssumeRolePolicyDocument')).toEqual([encodeURIComponent(trust)])
    expect((await post('CreateRole', { RoleName: 'R', AssumeRolePolicyDocument: trust })).xml).toContain('<Code>EntityAlreadyExists</Code>')
    expect((await post('PutRolePolicy', { RoleName: 'r', PolicyName: 'p', PolicyDocument: '{' })).xml).toContain('<Code>MalformedPolicyDocument</Code>')
  })

  it('keeps five versions of a managed policy at most, and never deletes the default one', async () => {
    const document = '{"Version":"2012-10-17","Statement":[]}'
    await post('CreatePolicy', { PolicyName: 'p', PolicyDocument: document })
    const arn = 'arn:aws:iam::123456789012:policy/p'
    for (let i = 0; i < 4; i += 1) await post('CreatePolicyVersion', { PolicyArn: arn, PolicyDocument: document, SetAsDefault: 'true' })
    const sixth = await post('CreatePolicyVersion', { PolicyArn: arn, PolicyDocument: document })
    expect(sixth.status).toBe(409)
    expect(tag(sixth.xml, 'Code')).toEqual(['LimitExceeded'])
    expect(tag((await post('DeletePolicyVersion', { PolicyArn: arn, VersionId: 'v5' })).xml, 'Code')).toEqual(['DeleteConflict'])
    const versions = await post('ListPolicyVersions', { PolicyArn: arn })
    expect(tag(versions.xml, 'VersionId')).toEqual(['v5', 'v4', 'v3', 'v2', 'v1'])
    expect(tag(versions.xml, 'CreateDate')).toEqual([...tag(versions.xml, 'CreateDate')].sort().reverse())
  })
})
