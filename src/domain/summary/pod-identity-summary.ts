import type { Config } from '../config/schema'
import { resolveRoleContext } from '../context/role-context'
import { OPERATOR_SERVICE_ACCOUNTS } from '../eks/eks-trust'
import { namespacesByCluster } from '../pod-identity/pod-identity-trust'
import { podIdentityAssociations, podIdentityServiceAccounts } from '../pod-identity/service-accounts'
import { countOf, listNames, type SummaryPart } from './wording'

/** Clusters told one by one; the rest are counted. */
const CLUSTERS_DESCRIBED = 10
const OPERATOR_NAMES = { sparkOperator: 'Spark operator', flinkOperator: 'Flink operator', livy: 'Livy' } as const

/** Who may assume an EMR on EKS role through EKS Pod Identity, as `buildPodIdentityTrustStatements` writes it. */
export function summarizePodIdentityTrust(config: Config): SummaryPart {
  const context = resolveRoleContext(config)
  const clusters = [...namespacesByCluster(config)]
  const described = clusters.slice(0, CLUSTERS_DESCRIBED).map(
    ([cluster, namespaces]) =>
      `Can be assumed through EKS Pod Identity by EMR on EKS jobs run with this role in ` +
      `${namespaces.length === 1 ? 'namespace' : 'namespaces'} ${listNames(namespaces)} of cluster ${cluster}`,
  )
  const more = clusters.length - CLUSTERS_DESCRIBED
  if (more > 0) described.push(`Can be assumed the same way in ${countOf(more, 'more cluster')}`)
  const operators = (Object.keys(OPERATOR_NAMES) as (keyof typeof OPERATOR_NAMES)[]).filter((key) => config.eks.serviceAccounts[key])
  const names = podIdentityServiceAccounts(config, context)
  const associations = podIdentityAssociations(config, context).length
  return {
    can: [
      ...described,
      `Recognises those pods by the session tags EKS Pod Identity adds: the cluster’s ARN (in ${config.region} of account ` +
        `${config.accountId}), the namespace and the service account, one of ${countOf(names.length, 'name')} computed for this role`,
      ...(operators.length === 0
        ? []
        : [
            `Can also be assumed by the ${listNames(operators.map((key) => OPERATOR_NAMES[key]))} service accounts ` +
              `(${listNames(operators.flatMap((key) => OPERATOR_SERVICE_ACCOUNTS[key]))}) in the same namespaces`,
          ]),
      `Is given to pods by ${countOf(associations, 'EKS Pod Identity association')}, one per service account and namespace, ` +
        'which the AWS CLI script, CloudFormation and Terraform create',
    ],
    cannot: [
      'Cannot be assumed from another cluster, namespace, account or region, by other service accounts, by a session ' +
        'without Pod Identity’s session tags, or by users and other AWS services',
      'Does not work for jobs on releases before emr-7.3.0, or on clusters without the EKS Pod Identity Agent add-on',
    ],
  }
}
