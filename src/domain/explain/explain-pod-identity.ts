import type { Config } from '../config/schema'
import { podIdentityGroups, podIdentitySid } from '../pod-identity/pod-identity-trust'
import { conditionValues, listOf, type Explained, type JsonObject } from './statement-parts'

/**
 * A trust statement `buildPodIdentityTrustStatements` writes: EKS Pod Identity for a group of clusters with the same
 * namespaces, matched by its Sid (the group's place in form order). The field is the cluster name of the first pair
 * that names the group's first cluster.
 */
export function explainPodIdentityTrust(config: Config, statement: JsonObject, sid: string): Explained | undefined {
  const group = podIdentityGroups(config).find((_, i) => podIdentitySid(i) === sid)
  const [first] = group?.clusters ?? []
  if (group === undefined || first === undefined) return undefined
  const pair = config.eks.clusters.findIndex((c) => c.clusterName === first)
  const serviceAccounts = conditionValues(statement, 'aws:RequestTag/kubernetes-service-account').length
  const clusters = `${group.clusters.length === 1 ? 'cluster' : 'clusters'} ${listOf(group.clusters)}`
  const namespaces = `${group.namespaces.length === 1 ? 'namespace' : 'namespaces'} ${listOf(group.namespaces)}`
  return {
    sentence:
      `sts:AssumeRole and sts:TagSession for EKS Pod Identity in ${clusters}: you chose Pod Identity and gave ` +
      `${group.clusters.length === 1 ? 'this cluster' : 'each of these clusters'} with ${namespaces}, so pods whose session ` +
      `tags name one of these clusters’ ARNs, one of those namespaces and one of the ${serviceAccounts} service accounts ` +
      'the associations name can assume the role; TagSession lets Pod Identity add those tags, under the same conditions.',
    field: `eks.clusters.${pair}.clusterName`,
  }
}
