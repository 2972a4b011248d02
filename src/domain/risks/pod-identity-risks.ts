import type { Config } from '../config/schema'
import type { RiskWarning } from './risk'

type OperatorKey = 'sparkOperator' | 'flinkOperator' | 'livy'
const LABELS: Record<OperatorKey, string> = { sparkOperator: 'Spark operator', flinkOperator: 'Flink operator', livy: 'Livy' }
/**
 * OPERATOR_SERVICE_ACCOUNTS of eks-trust.ts, written out: importing eks-trust into this lazy chunk makes the bundler
 * split modules of the first load into extra chunks (0.3 KB more to load).
 */
const FIXED_NAMES: Record<OperatorKey, readonly string[]> = {
  sparkOperator: ['emr-containers-sa-spark-operator'],
  flinkOperator: ['emr-containers-sa-flink-operator'],
  livy: ['emr-containers-sa-livy', 'emr-container-sa-spark-livy'],
}

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
        `${keys.flatMap((key) => FIXED_NAMES[key]).join(', ')} are fixed names, not named for this role, and EKS ` +
        'allows one Pod Identity association per service account: the association gives this role to those pods for ' +
        'every job they handle, and no other role can be associated with them in these namespaces. EMR on EKS documents ' +
        'Pod Identity for StartJobRun only.',
      saferAlternative: `Untick ${names} for a Pod Identity role, or keep IRSA for those namespaces.`,
      field: `eks.serviceAccounts.${first}`,
    },
  ]
}
