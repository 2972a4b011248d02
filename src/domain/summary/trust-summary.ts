import type { Config } from '../config/schema'
import { base36RoleName } from '../eks/base36'
import { OPERATOR_SERVICE_ACCOUNTS } from '../eks/eks-trust'
import { parseTrustPolicyText } from '../eks/trust-merge'
import { summarizePodIdentityTrust } from './pod-identity-summary'
import { countOf, listNames, type SummaryPart } from './wording'

/** (cluster, namespace) pairs told one by one; the rest are counted. */
export const PAIRS_DESCRIBED = 10

/** Who may assume the role, as the trust policy says: EMR Serverless or, for EMR on EKS, the clusters' service accounts. */
export function summarizeTrust(config: Config): SummaryPart {
  return config.target === 'eks' ? summarizeEksTrust(config) : summarizeServerlessTrust(config)
}

function summarizeServerlessTrust({ trust, accountId, region }: Config): SummaryPart {
  const where = `in ${region} of account ${accountId}`
  const who =
    trust.sourceArn === 'applications'
      ? `Can be assumed by EMR Serverless only for the ${trust.applicationIds.length === 1 ? 'application' : 'applications'} ` +
        `${listNames(trust.applicationIds.map((a) => a.id))} ${where}`
      : trust.sourceArn === 'all-applications'
        ? `Can be assumed by EMR Serverless for any application ${where} only`
        : trust.sourceAccount
          ? `Can be assumed by EMR Serverless applications in account ${accountId} only (in any region)`
          : 'Can be assumed by EMR Serverless acting for any account: the trust policy has no aws:SourceAccount condition'
  return { can: [who], cannot: ['Cannot be assumed by users, other roles or any other AWS service'] }
}

const OPERATOR_NAMES = { sparkOperator: 'Spark operator', flinkOperator: 'Flink operator', livy: 'Livy' } as const

function summarizeEksTrust(config: Config): SummaryPart {
  if (config.eksCredentials === 'pod-identity') return summarizePodIdentityTrust(config)
  const { eks } = config
  const pairs = eks.clusters.slice(0, PAIRS_DESCRIBED).map(
    (c) => `Can be assumed by EMR on EKS jobs run with this role in namespace ${c.namespace} of cluster ${c.clusterName}`,
  )
  const more = eks.clusters.length - PAIRS_DESCRIBED
  if (more > 0) pairs.push(`Can be assumed the same way in ${countOf(more, 'more (cluster, namespace) pair')}`)
  const operators = (Object.keys(OPERATOR_NAMES) as (keyof typeof OPERATOR_NAMES)[]).filter((key) => eks.serviceAccounts[key])
  const kept = keptStatements(eks.existingTrustPolicy)
  const pattern = `emr-containers-sa-*-*-${config.accountId}-${base36RoleName(config.roleName)}`
  return {
    can: [
      ...pairs,
      `Recognises those jobs by their service accounts’ names, ${pattern}: the role name is encoded exactly, capitals included`,
      ...(operators.length === 0
        ? []
        : [
            `Can also be assumed by the ${listNames(operators.map((key) => OPERATOR_NAMES[key]))} service accounts ` +
              `(${listNames(operators.flatMap((key) => OPERATOR_SERVICE_ACCOUNTS[key]))}) in the same namespaces`,
          ]),
      ...(kept > 0 ? [`Keeps the ${countOf(kept, 'statement')} of the pasted trust policy: whoever they trust can assume it too`] : []),
    ],
    cannot: [
      'Cannot be assumed from another cluster or namespace, by service accounts named for another role, or by users and AWS services' +
        (kept > 0 ? ', except as the pasted statements allow' : ''),
      ...(eks.requireAudience ? ['Cannot be assumed with a token issued for any audience but sts.amazonaws.com'] : []),
    ],
  }
}

/** How many statements of a pasted trust policy the merged one keeps (all of them). */
function keptStatements(text: string): number {
  const parsed = text.trim() === '' ? null : parseTrustPolicyText(text)
  if (!parsed?.ok) return 0
  const statements = parsed.document.Statement
  return Array.isArray(statements) ? statements.length : statements === undefined ? 0 : 1
}
