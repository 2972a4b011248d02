import type { Config } from '../config/schema'
import { OPERATOR_SERVICE_ACCOUNTS } from '../eks/eks-trust'
import type { RiskWarning } from './risk'

type OperatorKey = keyof typeof OPERATOR_SERVICE_ACCOUNTS
const LABELS: Record<OperatorKey, string> = { sparkOperator: 'Spark operator', flinkOperator: 'Flink operator', livy: 'Livy' }

/**
 * EKS Pod Identity with the operator or Livy service accounts: their names are fixed, not named for a role, and EKS
 * allows one association per service account, so the operator or Livy server itself runs with this role for every
 * job it handles, whoever submits it; EMR on EKS documents Pod Identity for StartJobRun only.
 */
export function assessPodIdentityRisks(config: Config): RiskWarning[] {
  if (config.target !== 'eks' || config.eksCredentials !== 'pod-identity') return []
  const keys = (Object.keys(LABELS) as OperatorKey[]).filter((key) => config.eks.serviceAccounts[key])
  const [first] = keys
  if (first === undefined) return []
  const names = keys.map((key) => LABELS[key]).join(' and ')
  return [
    {
      id: 'pod-identity-shared-service-account',
      severity: 'medium',
      title: `The ${names} service account${keys.length > 1 ? 's get' : ' gets'} this role in every namespace listed`,
      detail:
        `${keys.flatMap((key) => OPERATOR_SERVICE_ACCOUNTS[key]).join(', ')} are fixed names, not named for this role, and EKS ` +
        'allows one Pod Identity association per service account: the association gives this role to those pods for ' +
        'every job they handle, and no other role can be associated with them in these namespaces. EMR on EKS documents ' +
        'Pod Identity for StartJobRun only.',
      saferAlternative: `Untick ${names} for a Pod Identity role, or keep IRSA for those namespaces.`,
      field: `eks.serviceAccounts.${first}`,
    },
  ]
}
