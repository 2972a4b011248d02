import type { Config } from '../config/schema'
import type { RoleContext } from '../context/role-context'
import { base36RoleName } from '../eks/base36'
import { OPERATOR_SERVICE_ACCOUNTS } from '../eks/eks-trust'

/** One EKS Pod Identity association: a service account in a namespace of a cluster, given this role. */
export interface PodIdentityAssociation {
  clusterName: string
  namespace: string
  serviceAccount: string
}

/** emr-containers-sa-<FRAMEWORK>-<COMPONENT>-<ACCOUNT_ID>-<BASE36_ROLE_NAME> (domain-facts §1.4). */
function emrServiceAccount(framework: string, component: string, accountId: string, roleName: string): string {
  return `emr-containers-sa-${framework}-${component}-${accountId}-${base36RoleName(roleName)}`
}

/**
 * The service accounts `aws emr-containers create-role-associations` associates, per `--type`, for the types the
 * answers select (aws-cli customizations/emrcontainers/create_role_associations.py): start_job_run always (Spark
 * client, driver, executor); spark_operator adds the operator's fixed account (its jobs use the driver and
 * executor ones); flink_operator the Flink operator's and the job and task managers'; livy its two fixed accounts.
 * Interactive endpoints are left out: EMR on EKS documents Pod Identity for the StartJobRun model only. As with
 * the CLI without --operator-namespace, the operator and Livy accounts are in the jobs' namespace. In CLI order,
 * without repeats.
 */
export function podIdentityServiceAccounts(config: Config, context: RoleContext): string[] {
  const { roleName, eks } = config
  const spark = (component: string) => emrServiceAccount('spark', component, context.accountId, roleName)
  const flink = (component: string) => emrServiceAccount('flink', component, context.accountId, roleName)
  const names = [spark('client'), spark('driver'), spark('executor')]
  if (eks.serviceAccounts.sparkOperator) names.push(...OPERATOR_SERVICE_ACCOUNTS.sparkOperator)
  if (eks.serviceAccounts.flinkOperator) names.push(...OPERATOR_SERVICE_ACCOUNTS.flinkOperator, flink('jobmanager'), flink('taskmanager'))
  if (eks.serviceAccounts.livy) names.push(...OPERATOR_SERVICE_ACCOUNTS.livy)
  return [...new Set(names)]
}

/** Every association the role needs: each service account in each (cluster, namespace) pair, in form order. */
export function podIdentityAssociations(config: Config, context: RoleContext): PodIdentityAssociation[] {
  const serviceAccounts = podIdentityServiceAccounts(config, context)
  return config.eks.clusters.flatMap(({ clusterName, namespace }) =>
    serviceAccounts.map((serviceAccount) => ({ clusterName, namespace, serviceAccount })),
  )
}
