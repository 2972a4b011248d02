import type { EksCluster, EksConfig } from '../config/eks-schema'
import type { EksCredentials } from '../config/pod-identity-schema'
import type { Target } from '../config/schema'
import { base36RoleName } from '../eks/base36'
import { OPERATOR_SERVICE_ACCOUNTS } from '../eks/eks-trust'
import { POD_IDENTITY_PRINCIPAL, SESSION_TAG_KEYS } from '../pod-identity/pod-identity-trust'
import { EMR_SERVERLESS_PRINCIPAL } from '../serverless/serverless-documents'
import { isRecord } from './pasted-role'
import { listOf, readStatement, statementsOf, type ReadStatement } from './statements'

export interface TrustAnswers {
  target: Target | undefined
  trust: { sourceAccount: boolean; sourceArn: 'none' | 'applications' | 'all-applications'; applicationIds: { id: string }[] }
  eksCredentials: EksCredentials
  clusters: EksCluster[]
  requireAudience: boolean
  serviceAccounts: EksConfig['serviceAccounts']
  /** EMR on EKS (IRSA): the statements that are not the wizard's, kept as the "existing trust policy" it merges into. */
  otherStatements: unknown[]
  accountId?: string
  region?: string
  notes: string[]
}

const SUB = /^system:serviceaccount:([^:]+):(.+)$/
const JOB_ACCOUNTS = /^emr-containers-sa-\*-\*-(\d{12}|)-([0-9a-z]+)$/
const CLUSTER_ARN = /^arn:[\w-]+:eks:([^:]+):(\d{12}|):cluster\/(.+)$/
const FIXED = Object.entries(OPERATOR_SERVICE_ACCOUNTS) as [keyof EksConfig['serviceAccounts'], readonly string[]][]

/**
 * The trust answers a trust policy gives: EMR Serverless (the emr-serverless.amazonaws.com principal, with
 * aws:SourceAccount and aws:SourceArn), or EMR on EKS with IRSA (OIDC providers with the job service accounts'
 * `:sub` pattern of update-role-trust-policy, domain-facts §1.3) or with EKS Pod Identity (pods.eks.amazonaws.com and
 * its session tags).
 */
export function inferTrust(document: unknown, roleName: string): TrustAnswers {
  const answers: TrustAnswers = {
    target: undefined,
    trust: { sourceAccount: false, sourceArn: 'none', applicationIds: [] },
    eksCredentials: 'irsa',
    clusters: [],
    requireAudience: false,
    serviceAccounts: { sparkOperator: false, flinkOperator: false, livy: false },
    otherStatements: [],
    notes: [],
  }
  for (const raw of statementsOf(document)) {
    const statement = readStatement(raw)
    const services = statement.principals.Service ?? []
    const federated = statement.principals.Federated ?? []
    if (statement.effect === 'Allow' && services.includes(EMR_SERVERLESS_PRINCIPAL)) {
      answers.target ??= 'serverless'
      readServerless(statement, answers)
    } else if (statement.effect === 'Allow' && services.includes(POD_IDENTITY_PRINCIPAL)) {
      answers.target ??= 'eks'
      answers.eksCredentials = 'pod-identity'
      readPodIdentity(raw, roleName, answers)
    } else if (statement.effect === 'Allow' && federated.some((arn) => arn.includes(':oidc-provider/')) && readIrsa(statement, roleName, answers)) {
      answers.target ??= 'eks'
    } else {
      answers.otherStatements.push(raw)
    }
  }
  return answers
}

function readServerless(statement: ReadStatement, answers: TrustAnswers): void {
  for (const [, byKey] of Object.entries(statement.conditions)) {
    const account = byKey['aws:sourceaccount']
    if (account !== undefined) {
      answers.trust.sourceAccount = true
      if (/^\d{12}$/.test(account[0] ?? '')) answers.accountId ??= account[0]
    }
    for (const arn of byKey['aws:sourcearn'] ?? []) {
      const match = /^arn:[\w-]+:emr-serverless:([^:]+):(\d{12}|):\/applications\/(.+)$/.exec(arn)
      if (!match) continue
      const [, region, account_, id = ''] = match
      answers.region ??= region
      if (account_) answers.accountId ??= account_
      if (id === '*') answers.trust.sourceArn = 'all-applications'
      else if (answers.trust.sourceArn !== 'all-applications') {
        answers.trust.sourceArn = 'applications'
        if (!answers.trust.applicationIds.some((a) => a.id === id)) answers.trust.applicationIds.push({ id })
      }
    }
  }
}

/** One IRSA statement: its provider, and each namespace its `:sub` values name; false when it is not EMR's. */
function readIrsa(statement: ReadStatement, roleName: string, answers: TrustAnswers): boolean {
  const provider = (statement.principals.Federated ?? []).map((arn) => arn.split(':oidc-provider/')[1] ?? '')[0] ?? ''
  let recognised = false
  for (const [, byKey] of Object.entries(statement.conditions)) {
    if (byKey[`${provider.toLowerCase()}:aud`] !== undefined) answers.requireAudience = true
    for (const subject of byKey[`${provider.toLowerCase()}:sub`] ?? []) {
      const [, namespace = '', account = ''] = SUB.exec(subject) ?? []
      const jobs = JOB_ACCOUNTS.exec(account)
      const fixed = FIXED.find(([, names]) => names.includes(account))
      if (jobs) {
        if (jobs[2] !== base36RoleName(roleName)) {
          answers.notes.push(`The trust's service accounts in ${namespace} end in ${jobs[2] ?? ''}, which is not the encoded name of ${roleName} (${base36RoleName(roleName)}): check the role name.`)
        }
        if (jobs[1]) answers.accountId ??= jobs[1]
        addCluster(answers, { clusterName: '', namespace, oidcIssuer: `https://${provider}`, accountId: '' })
        recognised = true
      } else if (fixed) {
        answers.serviceAccounts[fixed[0]] = true
        recognised = true
      }
    }
  }
  return recognised
}

/** One EKS Pod Identity statement: its clusters and namespaces in the order written (the wizard's form order). */
function readPodIdentity(raw: unknown, roleName: string, answers: TrustAnswers): void {
  const tags: Record<string, string[]> = {}
  const condition = isRecord(raw) && isRecord(raw.Condition) ? raw.Condition : {}
  for (const block of Object.values(condition)) {
    if (isRecord(block)) for (const [key, value] of Object.entries(block)) tags[key.toLowerCase()] = listOf(value)
  }
  const clusters = (tags[SESSION_TAG_KEYS.clusterArn.toLowerCase()] ?? []).map((arn) => CLUSTER_ARN.exec(arn)).filter((m) => m !== null)
  const namespaces = tags[SESSION_TAG_KEYS.namespace.toLowerCase()] ?? []
  for (const name of tags[SESSION_TAG_KEYS.serviceAccount.toLowerCase()] ?? []) {
    const fixed = FIXED.find(([, names]) => names.includes(name))
    if (fixed) answers.serviceAccounts[fixed[0]] = true
    else if (!name.endsWith(`-${base36RoleName(roleName)}`)) answers.notes.push(`The service account ${name} is not one EMR on EKS names for ${roleName}.`)
  }
  for (const [, region, account, clusterName = ''] of clusters) {
    answers.region ??= region
    if (account) answers.accountId ??= account
    for (const namespace of namespaces) addCluster(answers, { clusterName, namespace, oidcIssuer: '', accountId: '' })
  }
}

function addCluster(answers: TrustAnswers, cluster: EksCluster): void {
  const same = (c: EksCluster) => c.clusterName === cluster.clusterName && c.namespace === cluster.namespace && c.oidcIssuer === cluster.oidcIssuer
  if (!answers.clusters.some(same)) answers.clusters.push(cluster)
}
