import type { z } from 'zod/mini'
import { oidcIssuerProblem, parseOidcIssuer } from '../eks/oidc-issuer'
import {
  clusterNameProblem,
  logGroupNameProblem,
  logStreamPrefixProblem,
  namespaceProblem,
  roleArnProblem,
  rolePrefixProblem,
  virtualClusterIdProblem,
} from '../eks/eks-names'
import { parseTrustPolicyText } from '../eks/trust-merge'
import { kmsKeyArnProblem } from '../kms/key-arn'
import type { EksConfig } from './eks-schema'
import type { EksCredentials } from './pod-identity-schema'
import { accountIdProblem } from './iam-names'
import { partitionOfRegion } from './partition'

type Problem = (value: string) => string | undefined

/**
 * Checks EMR on EKS answers, each problem at its field (paths start at the config root). With EKS Pod Identity no
 * OIDC issuer is needed, so it is not checked (an issuer typed earlier is kept, unused).
 */
export function checkEks(
  eks: EksConfig,
  roleRegion: string,
  roleAccountId: string,
  ctx: z.core.$RefinementCtx<unknown>,
  credentials: EksCredentials = 'irsa',
): void {
  const report = (path: (string | number)[], message: string | undefined) => {
    if (message !== undefined) ctx.addIssue({ code: 'custom', path: ['eks', ...path], message })
  }
  const checkList = (values: readonly string[], path: (string | number)[], key: string, problem: Problem) => {
    const seen = new Set<string>()
    values.forEach((value, index) => {
      report([...path, index, key], problem(value) ?? (seen.has(value) ? `${value} is already listed.` : undefined))
      seen.add(value)
    })
  }

  if (eks.clusters.length === 0) report(['clusters'], 'Add at least one EKS cluster and namespace.')
  const pairs = new Map<string, number>()
  eks.clusters.forEach((cluster, index) => {
    report(['clusters', index, 'clusterName'], clusterNameProblem(cluster.clusterName))
    if (credentials === 'irsa') {
      report(['clusters', index, 'oidcIssuer'], oidcIssuerProblem(cluster.oidcIssuer) ?? partitionProblem(cluster.oidcIssuer, roleRegion))
    }
    if (cluster.accountId !== '') {
      report(['clusters', index, 'accountId'], accountIdProblem(cluster.accountId) ?? otherAccountProblem(cluster.accountId, roleAccountId))
    }
    const pair = `${cluster.clusterName}/${cluster.namespace}`
    const earlier = pairs.get(pair)
    const duplicate =
      earlier !== undefined && cluster.namespace !== ''
        ? `Cluster ${cluster.clusterName} with namespace ${cluster.namespace} is already listed as pair ${earlier + 1}.`
        : undefined
    report(['clusters', index, 'namespace'], namespaceProblem(cluster.namespace) ?? duplicate)
    if (earlier === undefined) pairs.set(pair, index)
  })

  if (eks.existingTrustPolicy.trim() !== '') {
    const parsed = parseTrustPolicyText(eks.existingTrustPolicy)
    if (!parsed.ok) report(['existingTrustPolicy'], parsed.message)
  }

  if (eks.logs.enabled) {
    report(['logs', 'logGroupName'], logGroupNameProblem(eks.logs.logGroupName))
    report(['logs', 'logStreamPrefix'], logStreamPrefixProblem(eks.logs.logStreamPrefix))
    if (eks.logs.kmsKeyArn !== undefined) report(['logs', 'kmsKeyArn'], kmsKeyArnProblem(eks.logs.kmsKeyArn, partitionOfRegion(roleRegion)))
  }

  const submitters = eks.submitters
  if (!submitters.enabled) return
  if (submitters.virtualClusterIds.length === 0) {
    report(['submitters', 'virtualClusterIds'], 'Add at least one virtual cluster ID.')
  }
  const ids = submitters.virtualClusterIds.map(({ id }) => id)
  checkList(ids, ['submitters', 'virtualClusterIds'], 'id', virtualClusterIdProblem)
  if (submitters.limit === 'roles') {
    checkList(submitters.roleArns.map(({ arn }) => arn), ['submitters', 'roleArns'], 'arn', roleArnProblem)
  }
  if (submitters.limit === 'prefix') report(['submitters', 'rolePrefix'], rolePrefixProblem(submitters.rolePrefix))
}

/**
 * An older answer (share format 2 and earlier) let a cluster name its own account. The job execution role must be in
 * the cluster's account: EMR on EKS passes it with iam:PassRole, which does not cross accounts (domain-facts §9).
 */
export function otherAccountProblem(clusterAccountId: string, roleAccountId: string): string | undefined {
  if (clusterAccountId === roleAccountId) return undefined
  return (
    `This cluster is in account ${clusterAccountId}, but the role is in ${roleAccountId || 'another account'}. EMR on EKS passes ` +
    'the job execution role with iam:PassRole, which does not cross accounts: create the role in the account of the ' +
    'virtual cluster and its EKS cluster, whose IAM holds the cluster’s OIDC provider. To reach data in another ' +
    'account, grant this role in that account’s bucket policy, or let it assume a role there. Clear this field to use ' +
    'the role’s account.'
  )
}

/** A role trusts only identity providers in its own partition. */
function partitionProblem(oidcIssuer: string, roleRegion: string): string | undefined {
  const issuer = parseOidcIssuer(oidcIssuer)
  if (issuer === undefined) return undefined
  const clusterPartition = partitionOfRegion(issuer.region)
  const rolePartition = partitionOfRegion(roleRegion)
  return clusterPartition === rolePartition
    ? undefined
    : `This cluster is in ${issuer.region} (partition ${clusterPartition}), but the role’s region ${roleRegion} is in ${rolePartition}. Choose a region in the cluster’s partition.`
}
