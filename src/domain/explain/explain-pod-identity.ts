import type { Config } from '../config/schema'
import { namespacesByCluster, podIdentitySid } from '../pod-identity/pod-identity-trust'
import { conditionValues, listOf, type Explained, type JsonObject } from './statement-parts'

/**
 * A trust statement `buildPodIdentityTrustStatements` writes: EKS Pod Identity for one cluster, matched by its Sid
 * (the cluster's place in form order). The field is the cluster name of the first pair that names the cluster.
 */
export function explainPodIdentityTrust(config: Config, statement: JsonObject, sid: string): Explained | undefined {
  const clusters = [...namespacesByCluster(config)]
  const index = clusters.findIndex((_, i) => podIdentitySid(i) === sid)
  const entry = clusters[index]
  if (entry === undefined) return undefined
  const [cluster, namespaces] = entry
  const pair = config.eks.clusters.findIndex((c) => c.clusterName === cluster)
  const serviceAccounts = conditionValues(statement, 'aws:RequestTag/kubernetes-service-account').length
  const where = `${namespaces.length === 1 ? 'namespace' : 'namespaces'} ${listOf(namespaces)}`
  return {
    sentence:
      `sts:AssumeRole and sts:TagSession for EKS Pod Identity in cluster ${cluster}: you chose Pod Identity and gave this ` +
      `cluster with ${where}, so pods whose session tags name this cluster’s ARN, one of those namespaces and one of the ` +
      `${serviceAccounts} service accounts the associations name can assume the role; TagSession lets Pod Identity add ` +
      'those tags, under the same conditions.',
    field: `eks.clusters.${pair}.clusterName`,
  }
}
