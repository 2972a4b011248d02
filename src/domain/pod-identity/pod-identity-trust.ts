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

/** Clusters that were given the same namespaces: one trust statement covers exactly their pairs. */
export interface PodIdentityGroup {
  clusters: string[]
  namespaces: string[]
}

/**
 * The clusters grouped by their set of namespaces, in form order. Within a group every cluster has every namespace,
 * so "cluster is one of these AND namespace is one of those" is exactly the group's pairs: a cluster never gains a
 * namespace given only for another cluster.
 */
export function podIdentityGroups(config: Config): PodIdentityGroup[] {
  const groups = new Map<string, PodIdentityGroup>()
  for (const [cluster, namespaces] of namespacesByCluster(config)) {
    const key = [...namespaces].sort().join('\n')
    const group = groups.get(key)
    if (group === undefined) groups.set(key, { clusters: [cluster], namespaces })
    else group.clusters.push(cluster)
  }
  return [...groups.values()]
}

/** The Sid of group number `index` (0-based, in form order). */
export const podIdentitySid = (index: number) => `PodIdentity${index + 1}`

/**
 * One statement per group of clusters with the same namespaces (one statement in all when every cluster has the same
 * ones): EKS Pod Identity may assume the role (sts:AssumeRole) with its session tags (sts:TagSession) only when the
 * request's tags name one of the group's cluster ARNs — their partition, region and account, so a cluster of the same
 * name elsewhere never matches — one of the group's namespaces, and one of the service accounts the associations
 * name. Both actions sit in the same statement under the same conditions, as in pod-id-role.html, so the tags the
 * session gets are exactly the ones checked. Session tags must stay on: an association with disableSessionTags has
 * no tags and matches nothing.
 */
export function buildPodIdentityTrustStatements(config: Config, context: RoleContext): Statement[] {
  const serviceAccounts = podIdentityServiceAccounts(config, context)
  return podIdentityGroups(config).map(({ clusters, namespaces }, index) => ({
    Sid: podIdentitySid(index),
    Effect: 'Allow',
    Principal: { Service: POD_IDENTITY_PRINCIPAL },
    Action: ['sts:AssumeRole', 'sts:TagSession'],
    Condition: {
      StringEquals: {
        [SESSION_TAG_KEYS.clusterArn]: oneOrMany(clusters.map((cluster) => eksClusterArn(context, cluster))),
        [SESSION_TAG_KEYS.namespace]: oneOrMany(namespaces),
        [SESSION_TAG_KEYS.serviceAccount]: oneOrMany(serviceAccounts),
      },
    },
  }))
}
