import { describe, expect, it } from 'vitest'
import { configSchema } from '../config/schema'
import { buildRoleDocuments } from '../role/build-role-documents'
import { eksTestConfig, podIdentityTestConfig } from '../test-configs'
import { assessRisks } from './assess-risks'

const ids = (config: ReturnType<typeof eksTestConfig>) => {
  const parsed = configSchema.parse(config)
  return assessRisks(parsed, buildRoleDocuments(parsed)).map((risk) => risk.id)
}

describe('Pod Identity risks', () => {
  it('warn when the operator or Livy service accounts get the role through Pod Identity', () => {
    const config = podIdentityTestConfig()
    expect(ids(config)).toContain('pod-identity-shared-service-account')
    const risk = assessRisks(configSchema.parse(config), buildRoleDocuments(configSchema.parse(config))).find(
      (r) => r.id === 'pod-identity-shared-service-account',
    )
    expect(risk?.field).toBe('eks.serviceAccounts.sparkOperator')
    expect(risk?.detail).toContain('emr-containers-sa-spark-operator, emr-containers-sa-livy, emr-container-sa-spark-livy')
  })

  it('say nothing for the job service accounts alone, or with IRSA', () => {
    const none = { sparkOperator: false, flinkOperator: false, livy: false }
    expect(ids(podIdentityTestConfig({}, { serviceAccounts: none }))).not.toContain('pod-identity-shared-service-account')
    expect(ids(eksTestConfig({}, { serviceAccounts: { ...none, livy: true } }))).not.toContain('pod-identity-shared-service-account')
  })

  it('leave out the IRSA warnings about answers Pod Identity does not use (a pasted trust policy, issuers)', () => {
    const pasted = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/X' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringLike: { 'oidc.eks.us-west-2.amazonaws.com/id/X:sub': 'system:serviceaccount:ns:emr-containers-sa-*' } } }],
    })
    const clusters = [{ clusterName: 'a', namespace: 'b', oidcIssuer: 'oidc.eks.us-west-2.amazonaws.com/id/lower', accountId: '' }]
    const irsa = ids(eksTestConfig({}, { existingTrustPolicy: pasted, clusters }))
    expect(irsa).toEqual(expect.arrayContaining(['eks-wildcard-sub', 'eks-unusual-oidc-id-0']))
    const podIdentity = ids(podIdentityTestConfig({}, { existingTrustPolicy: pasted, clusters }))
    expect(podIdentity).not.toContain('eks-wildcard-sub')
    expect(podIdentity).not.toContain('eks-unusual-oidc-id-0')
  })
})
