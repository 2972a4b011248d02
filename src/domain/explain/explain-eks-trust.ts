import type { Config } from '../config/schema'
import { resolveRoleContext } from '../context/role-context'
import { base36RoleName } from '../eks/base36'
import { buildEksTrustStatements, oidcProviderName, OPERATOR_SERVICE_ACCOUNTS } from '../eks/eks-trust'
import { parseTrustPolicyText, strictlyEqual, subValues } from '../eks/trust-merge'
import { isObject, listOf, stringsOf, type Explained, type JsonObject } from './statement-parts'

type OperatorKey = keyof typeof OPERATOR_SERVICE_ACCOUNTS
const OPERATOR_KEYS = Object.keys(OPERATOR_SERVICE_ACCOUNTS) as OperatorKey[]
const OPERATOR_LABELS: Record<OperatorKey, string> = { sparkOperator: 'Spark operator', flinkOperator: 'Flink operator', livy: 'Livy' }
const WEB_IDENTITY = 'sts:AssumeRoleWithWebIdentity'

/** Who a web-identity trust statement lets in: an OIDC provider, and service accounts of one namespace. */
interface WebIdentityTrust {
  provider: string
  namespace: string
  serviceAccounts: string[]
}

function readWebIdentityTrust(statement: JsonObject): WebIdentityTrust | undefined {
  const principal = statement.Principal
  const federated = isObject(principal) ? stringsOf(principal.Federated) : []
  const provider = federated.length === 1 ? federated[0]?.split(':oidc-provider/')[1] : undefined
  if (provider === undefined || stringsOf(statement.Action).join() !== WEB_IDENTITY) return undefined
  const subjects = subValues(statement).map((sub) => /^system:serviceaccount:([^:]+):(.+)$/.exec(sub))
  const namespaces = new Set(subjects.map((match) => match?.[1]))
  const [namespace] = namespaces
  if (subjects.length === 0 || namespaces.size !== 1 || namespace === undefined) return undefined
  return { provider, namespace, serviceAccounts: subjects.map((match) => match?.[2] ?? '') }
}

/** How many statements the pasted trust policy has; the merged document keeps them first (`mergeTrustStatements`). */
function pastedStatementCount(config: Config): number {
  const text = config.eks.existingTrustPolicy.trim()
  const parsed = text === '' ? null : parseTrustPolicyText(text)
  if (parsed === null || !parsed.ok) return 0
  const statements = parsed.document.Statement
  return Array.isArray(statements) ? statements.length : statements === undefined ? 0 : 1
}

/**
 * Explains the statements of an EMR on EKS trust policy in order: first those of a pasted trust policy (kept as they
 * are), then the appended ones, each matched to its (cluster, namespace) pair by OIDC provider and namespace. Pairs
 * that give the same statement are taken in form order.
 */
export function createEksTrustExplainer(config: Config): (statement: unknown, index: number) => Explained | undefined {
  const pasted = pastedStatementCount(config)
  const generated = pasted > 0 ? buildEksTrustStatements(config, resolveRoleContext(config)) : []
  const taken = new Set<string>()
  const pairOf = (trust: WebIdentityTrust, kind: 'jobs' | 'operators', take: boolean): number | undefined => {
    const index = config.eks.clusters.findIndex(
      (c, i) => !(take && taken.has(`${kind}${i}`)) && c.namespace === trust.namespace && oidcProviderName(c) === trust.provider,
    )
    if (index === -1) return undefined
    if (take) taken.add(`${kind}${index}`)
    return index
  }
  const explainWritten = (statement: JsonObject, take: boolean) => explainWrittenStatement(config, statement, (trust, kind) => pairOf(trust, kind, take))

  return (statement, index) => {
    if (index >= pasted) return isObject(statement) ? explainWritten(statement, true)?.explained : undefined
    if (isObject(statement) && generated.some((g) => strictlyEqual(statement, g))) {
      const written = explainWritten(statement, false)
      if (written !== undefined) {
        return {
          sentence:
            `${written.what}: already in the trust policy you pasted, exactly as this app writes it for pair ${written.pair + 1}, ` +
            'so the CLI keeps it and does not add it again.',
          field: 'eks.existingTrustPolicy',
        }
      }
    }
    const subs = subValues(statement)
    const twin = generated.find((g) => subValues(g).some((sub) => subs.includes(sub)))
    const twinPair = twin === undefined ? undefined : explainWritten(twin as unknown as JsonObject, false)?.pair
    return {
      sentence:
        `${pastedSummary(statement)}: kept from the trust policy you pasted` +
        (twinPair === undefined
          ? '; the app did not write it and, like the CLI, keeps every statement already there.'
          : `; it names the same service accounts as the statement for pair ${twinPair + 1} but is not identical, so the CLI appends its own too.`),
      field: 'eks.existingTrustPolicy',
    }
  }
}

interface WrittenStatement {
  explained: Explained
  /** What the statement grants, to start a sentence with. */
  what: string
  pair: number
}

/** A statement `buildEksTrustStatements` writes: the CLI's one for a pair's jobs, or the one for fixed service accounts. */
function explainWrittenStatement(
  config: Config,
  statement: JsonObject,
  pairOf: (trust: WebIdentityTrust, kind: 'jobs' | 'operators') => number | undefined,
): WrittenStatement | undefined {
  const trust = readWebIdentityTrust(statement)
  if (trust === undefined) return undefined
  const [only] = trust.serviceAccounts
  const isJobs =
    trust.serviceAccounts.length === 1 &&
    only !== undefined &&
    only.startsWith('emr-containers-sa-*-*-') &&
    only.endsWith(`-${base36RoleName(config.roleName)}`)
  if (isJobs) {
    const pair = pairOf(trust, 'jobs')
    const cluster = pair === undefined ? undefined : config.eks.clusters[pair]
    if (pair === undefined || cluster === undefined) return undefined
    const what = `${WEB_IDENTITY} via the OIDC provider of cluster ${cluster.clusterName}`
    return {
      what,
      pair,
      explained: {
        sentence:
          `${what}: for pair ${pair + 1} you gave, so the service accounts EMR on EKS creates for this role’s jobs in ` +
          `namespace ${cluster.namespace} can assume it.`,
        field: `eks.clusters.${pair}.namespace`,
      },
    }
  }
  const keys = OPERATOR_KEYS.filter((key) => OPERATOR_SERVICE_ACCOUNTS[key].some((name) => trust.serviceAccounts.includes(name)))
  const known = new Set<string>(keys.flatMap((key) => OPERATOR_SERVICE_ACCOUNTS[key]))
  const [first] = keys
  if (first === undefined || trust.serviceAccounts.some((name) => !known.has(name)) || keys.some((key) => !config.eks.serviceAccounts[key])) {
    return undefined
  }
  const pair = pairOf(trust, 'operators')
  const cluster = pair === undefined ? undefined : config.eks.clusters[pair]
  if (pair === undefined || cluster === undefined) return undefined
  const several = trust.serviceAccounts.length > 1
  const what =
    `${WEB_IDENTITY} for the ${listOf(keys.map((key) => OPERATOR_LABELS[key]))} service account${several ? 's' : ''} ` +
    `in namespace ${cluster.namespace} of cluster ${cluster.clusterName}`
  return {
    what,
    pair,
    explained: {
      sentence: several
        ? `${what}: you ticked them, and their fixed names do not match the job pattern.`
        : `${what}: you ticked it, and its fixed name, ${only ?? ''}, does not match the job pattern.`,
      field: `eks.serviceAccounts.${first}`,
    },
  }
}

/** A pasted statement in brief, its values quoted as JSON so they stay literal and on one line. */
function pastedSummary(statement: unknown): string {
  if (!isObject(statement)) return `A statement that is not a JSON object (${JSON.stringify(statement) ?? 'undefined'})`
  const actions = stringsOf(statement.Action).map((a) => JSON.stringify(a))
  const effect = statement.Effect === 'Deny' ? 'Deny ' : ''
  const principal = principalText(statement.Principal)
  return `${effect}${actions.length > 0 ? listOf(actions, 2) : 'A statement'}${principal === '' ? '' : ` for ${principal}`}`
}

function principalText(principal: unknown): string {
  if (typeof principal === 'string') return JSON.stringify(principal)
  if (!isObject(principal)) return ''
  return listOf(Object.entries(principal).flatMap(([kind, value]) => stringsOf(value).map((v) => `${kind} ${JSON.stringify(v)}`)), 2)
}
