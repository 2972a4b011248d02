import type { Config } from '../config/schema'
import type { EksCluster } from '../config/eks-schema'
import { concreteContext, resolveRoleContext, type RoleContext } from '../context/role-context'
import { oidcProviderArn } from '../iam/arn'
import { policyDocument, type PolicyDocument, type Statement } from '../iam/policy'
import { shellWord } from '../shell/shell-quote'
import { base36RoleName } from './base36'
import { normaliseOidcIssuer, parseOidcIssuer } from './oidc-issuer'
import { mergeTrustStatements, parseTrustPolicyText, type TrustMerge } from './trust-merge'

/** Fixed service accounts that do not match the job pattern and need a statement of their own (§1.4). */
export const OPERATOR_SERVICE_ACCOUNTS = {
  sparkOperator: ['emr-containers-sa-spark-operator'],
  flinkOperator: ['emr-containers-sa-flink-operator'],
  livy: ['emr-containers-sa-livy', 'emr-container-sa-spark-livy'],
} as const

/** The IAM OIDC provider name of a cluster: its issuer without "https://" (domain-facts §1.3). */
export function oidcProviderName(cluster: EksCluster): string {
  return parseOidcIssuer(cluster.oidcIssuer)?.provider ?? normaliseOidcIssuer(cluster.oidcIssuer)
}

/**
 * Exactly the statement `aws emr-containers update-role-trust-policy` appends (domain-facts §1.3). The OIDC
 * provider is in the role's own account: EMR on EKS passes the execution role with iam:PassRole, which does not
 * cross accounts, so a cluster in another account is an error at its field (`checkEks`).
 */
export function buildCliTrustStatement(cluster: EksCluster, roleName: string, context: RoleContext): Statement {
  const provider = oidcProviderName(cluster)
  return {
    Effect: 'Allow',
    Principal: { Federated: oidcProviderArn(context, provider) },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: {
      StringLike: {
        [`${provider}:sub`]: `system:serviceaccount:${cluster.namespace}:emr-containers-sa-*-*-${context.accountId}-${base36RoleName(roleName)}`,
      },
    },
  }
}

/** The statements for every pair: the CLI's, with the options the user turned on. */
export function buildEksTrustStatements(config: Config, context: RoleContext = resolveRoleContext(config)): Statement[] {
  const { eks } = config
  return eks.clusters.flatMap((cluster) => {
    const provider = oidcProviderName(cluster)
    const audience = { [`${provider}:aud`]: 'sts.amazonaws.com' }
    const cliStatement = buildCliTrustStatement(cluster, config.roleName, context)
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
      Principal: { Federated: oidcProviderArn(context, provider) },
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
export function buildEksTrustPolicy(config: Config, context: RoleContext = resolveRoleContext(config)): EksTrust {
  const statements = buildEksTrustStatements(config, context)
  const text = config.eks.existingTrustPolicy.trim()
  const parsed = text === '' ? null : parseTrustPolicyText(text)
  if (parsed === null || !parsed.ok) return { policy: policyDocument(statements), merge: null }
  // Whether a statement is already there is decided on real values, even when building with placeholders.
  const concrete = concreteContext(context)
  const compared = concrete === context ? statements : buildEksTrustStatements(config, concrete)
  const merge = mergeTrustStatements(parsed.document, compared, statements)
  // The merged document keeps whatever the pasted one had; it is shown and downloaded as it is.
  return { policy: merge.document as unknown as PolicyDocument, merge }
}

/**
 * The CLI command that would write the same job statement, one per pair, for reference. Every value is written
 * `--option=value`, so a role name that starts with "-" is never read as an option.
 */
export function cliCommands(config: Config): string[] {
  return config.eks.clusters.map((cluster) => {
    const region = parseOidcIssuer(cluster.oidcIssuer)?.region ?? ''
    return [
      'aws emr-containers update-role-trust-policy',
      `--cluster-name=${shellWord(cluster.clusterName)}`,
      `--namespace=${shellWord(cluster.namespace)}`,
      `--role-name=${shellWord(config.roleName)}`,
      `--region=${shellWord(region)}`,
    ].join(' \\\n  ')
  })
}
