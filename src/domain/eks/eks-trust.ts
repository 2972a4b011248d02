import { partitionOfRegion } from '../config/partition'
import type { Config } from '../config/schema'
import type { EksCluster } from '../config/eks-schema'
import { policyDocument, type PolicyDocument, type Statement } from '../iam/policy'
import { base36RoleName } from './base36'
import { normaliseOidcIssuer, parseOidcIssuer } from './oidc-issuer'
import { mergeTrustStatements, parseTrustPolicyText, type TrustMerge } from './trust-merge'

/** Fixed service accounts that do not match the job pattern and need a statement of their own (§1.4). */
export const OPERATOR_SERVICE_ACCOUNTS = {
  sparkOperator: ['emr-containers-sa-spark-operator'],
  flinkOperator: ['emr-containers-sa-flink-operator'],
  livy: ['emr-containers-sa-livy', 'emr-container-sa-spark-livy'],
} as const

export interface ClusterTarget {
  provider: string
  partition: ReturnType<typeof partitionOfRegion>
  region: string
  accountId: string
}

/** Where a (cluster, namespace) pair lives: provider name, partition and owner account. */
export function clusterTarget(cluster: EksCluster, roleAccountId: string): ClusterTarget {
  const issuer = parseOidcIssuer(cluster.oidcIssuer)
  const region = issuer?.region ?? ''
  return {
    provider: issuer?.provider ?? normaliseOidcIssuer(cluster.oidcIssuer),
    partition: partitionOfRegion(region),
    region,
    accountId: cluster.accountId === '' ? roleAccountId : cluster.accountId,
  }
}

/** Exactly the statement `aws emr-containers update-role-trust-policy` appends (domain-facts §1.3). */
export function buildCliTrustStatement(cluster: EksCluster, roleName: string, roleAccountId: string): Statement {
  const { provider, partition, accountId } = clusterTarget(cluster, roleAccountId)
  return {
    Effect: 'Allow',
    Principal: { Federated: `arn:${partition}:iam::${accountId}:oidc-provider/${provider}` },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringLike: {
        [`${provider}:sub`]: `system:serviceaccount:${cluster.namespace}:emr-containers-sa-*-*-${accountId}-${base36RoleName(roleName)}`,
      },
    },
  }
}

/** The statements for every pair: the CLI's, with the options the user turned on. */
export function buildEksTrustStatements(config: Config): Statement[] {
  const { eks } = config
  return eks.clusters.flatMap((cluster) => {
    const { provider, partition, accountId } = clusterTarget(cluster, config.accountId)
    const audience = { [`${provider}:aud`]: 'sts.amazonaws.com' }
    const cliStatement = buildCliTrustStatement(cluster, config.roleName, config.accountId)
    const jobs: Statement = eks.requireAudience
      ? { ...cliStatement, Condition: { ...cliStatement.Condition, StringEquals: audience } }
      : cliStatement
    const fixedNames = (Object.keys(OPERATOR_SERVICE_ACCOUNTS) as (keyof typeof OPERATOR_SERVICE_ACCOUNTS)[])
      .filter((key) => eks.serviceAccounts[key])
      .flatMap((key) => OPERATOR_SERVICE_ACCOUNTS[key])
    if (fixedNames.length === 0) return [jobs]
    const subjects = fixedNames.map((name) => `system:serviceaccount:${cluster.namespace}:${name}`)
    const operators: Statement = {
      Effect: 'Allow',
      Principal: { Federated: `arn:${partition}:iam::${accountId}:oidc-provider/${provider}` },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: {
          [`${provider}:sub`]: subjects.length === 1 ? (subjects[0] ?? '') : subjects,
          ...(eks.requireAudience ? audience : {}),
        },
      },
    }
    return [jobs, operators]
  })
}

export interface EksTrust {
  policy: PolicyDocument
  /** Present when the user pasted an existing trust policy. */
  merge: TrustMerge | null
}

/** The trust policy: new, or the pasted one with the statements merged in as the CLI would. */
export function buildEksTrustPolicy(config: Config): EksTrust {
  const statements = buildEksTrustStatements(config)
  const text = config.eks.existingTrustPolicy.trim()
  const parsed = text === '' ? null : parseTrustPolicyText(text)
  if (parsed === null || !parsed.ok) return { policy: policyDocument(statements), merge: null }
  const merge = mergeTrustStatements(parsed.document, statements)
  // The merged document keeps whatever the pasted one had; it is shown and downloaded as it is.
  return { policy: merge.document as unknown as PolicyDocument, merge }
}

/** The CLI command that would write the same job statement, one per pair, for reference. */
export function cliCommands(config: Config): string[] {
  return config.eks.clusters.map((cluster) => {
    const { region } = clusterTarget(cluster, config.accountId)
    return [
      'aws emr-containers update-role-trust-policy',
      `--cluster-name ${cluster.clusterName}`,
      `--namespace ${cluster.namespace}`,
      `--role-name ${config.roleName}`,
      `--region ${region}`,
    ].join(' \\\n  ')
  })
}
