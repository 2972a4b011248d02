import type { Config } from '../config/schema'
import type { RoleContext } from '../context/role-context'
import { oneOrMany, type Statement } from '../iam/policy'
import { podIdentityServiceAccounts } from './service-accounts'

/** The service principal of EKS Pod Identity, the same in every partition (EKS User Guide, pod-id-role.html). */
export const POD_IDENTITY_PRINCIPAL = 'pods.eks.amazonaws.com'

/** Session tags EKS Pod Identity adds to its AssumeRole request (EKS User Guide, pod-id-abac.html). */
export const SESSION_TAG_KEYS = {
  clusterArn: 'aws:RequestTag/eks-cluster-arn',
  namespace: 'aws:RequestTag/kubernetes-namespace',
  serviceAccount: 'aws:RequestTag/kubernetes-service-account',
} as const

/** arn:<partition>:eks:<region>:<account>:cluster/<name> (Service Authorization Reference, Amazon EKS "cluster"). */
export function eksClusterArn(context: RoleContext, clusterName: string): string {
  return `arn:${context.partition}:eks:${context.region}:${context.accountId}:cluster/${clusterName}`
}

/** Each cluster once, in form order, with its namespaces in form order. */
export function namespacesByCluster(config: Config): Map<string, string[]> {
  const byCluster = new Map<string, string[]>()
  for (const { clusterName, namespace } of config.eks.clusters) {
    const namespaces = byCluster.get(clusterName) ?? []
    if (!namespaces.includes(namespace)) namespaces.push(namespace)
    byCluster.set(clusterName, namespaces)
  }
  return byCluster
}

/** The Sid of cluster number `index` (0-based, in form order). */
export const podIdentitySid = (index: number) => `PodIdentityCluster${index + 1}`

/**
 * One statement per cluster: EKS Pod Identity may assume the role (sts:AssumeRole) with its session tags
 * (sts:TagSession) only when the request's tags name this cluster's ARN — its partition, region and account, so a
 * cluster of the same name elsewhere never matches — one of the namespaces given for this cluster, and one of the
 * service accounts the associations name. Both actions sit in the same statement under the same conditions, as in
 * pod-id-role.html, so the tags the session gets are exactly the ones checked. A statement covers only its own
 * cluster's namespaces, so a namespace given for another cluster never matches here. Session tags must stay on
 * (an association with disableSessionTags has no tags and matches nothing).
 */
export function buildPodIdentityTrustStatements(config: Config, context: RoleContext): Statement[] {
  const serviceAccounts = podIdentityServiceAccounts(config, context)
  return [...namespacesByCluster(config)].map(([clusterName, namespaces], index) => ({
    Sid: podIdentitySid(index),
    Effect: 'Allow',
    Principal: { Service: POD_IDENTITY_PRINCIPAL },
    Action: ['sts:AssumeRole', 'sts:TagSession'],
    Condition: {
      StringEquals: {
        [SESSION_TAG_KEYS.clusterArn]: eksClusterArn(context, clusterName),
        [SESSION_TAG_KEYS.namespace]: oneOrMany(namespaces),
        [SESSION_TAG_KEYS.serviceAccount]: oneOrMany(serviceAccounts),
      },
    },
  }))
}
