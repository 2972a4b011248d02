import type { Config } from '../../domain/config/schema'
import { resolveRoleContext } from '../../domain/context/role-context'
import { base36RoleName } from '../../domain/eks/base36'
import { oidcProviderName } from '../../domain/eks/eks-trust'
import type { Evaluation, EvaluationRequest, PrincipalType, StatementRef } from '../../domain/evaluate/types'

export type DocumentKind = 'permissions' | 'trust' | 'submitter'

/** A document the checker reads: generated or edited, parsed JSON of any shape (or text that did not parse). */
export interface CheckDocument {
  label: string
  kind: DocumentKind
  document: unknown
}

/** The preview's documents (id, label, formatted text) as the checker reads them. */
export function documentsFromItems(items: readonly { id: string; label: string; text: string | null }[]): CheckDocument[] {
  return items.flatMap(({ id, label, text }) => {
    if (text === null) return []
    const kind: DocumentKind = id === 'permissions-policy' ? 'permissions' : id === 'trust-policy' ? 'trust' : 'submitter'
    let document: unknown = text
    try {
      document = JSON.parse(text)
    } catch {
      // Left as text: the evaluator reports it as "not a JSON object".
    }
    return [{ label, kind, document }]
  })
}

/** `key=value` lines; a key given twice has several values (a multivalued key such as aws:TagKeys). */
export function parseContextLines(text: string): Record<string, string | string[]> {
  const context: Record<string, string | string[]> = {}
  for (const line of text.split('\n')) {
    const at = line.indexOf('=')
    if (at <= 0) continue
    const key = line.slice(0, at).trim()
    const value = line.slice(at + 1).trim()
    const before = context[key]
    context[key] = before === undefined ? value : [...(typeof before === 'string' ? [before] : before), value]
  }
  return context
}

export interface PermissionsQuestion {
  action: string
  resource: string
  context: string
}

export interface TrustQuestion {
  principalType: PrincipalType
  principal: string
  action: string
  /** EMR on EKS: fill `<issuer>:sub` (IRSA) or the Pod Identity session tags. */
  namespace: string
  serviceAccount: string
  /** Services: aws:SourceAccount and aws:SourceArn (left out when empty). */
  sourceAccount: string
  sourceArn: string
  context: string
}

/** A first question from the answers: an object of the first bucket (or the EMR samples) for s3:GetObject. */
export function examplePermissionsQuestion(config: Config): PermissionsQuestion {
  const { partition } = resolveRoleContext(config)
  const bucket = config.s3Access === 'specific' ? config.buckets[0] : undefined
  const resource = bucket
    ? `arn:${partition}:s3:::${bucket.name}/${bucket.prefix}example.parquet`
    : `arn:${partition}:s3:::${config.region}.elasticmapreduce/samples/wordcount.py`
  return { action: 's3:GetObject', resource, context: '' }
}

/** A first question from the answers: the principal the trust policy is written for, as it would ask. */
export function exampleTrustQuestion(config: Config): TrustQuestion {
  const { partition, accountId, region } = resolveRoleContext(config)
  const blank = { namespace: '', serviceAccount: '', sourceAccount: '', sourceArn: '', context: '' }
  const cluster = config.eks.clusters[0]
  const serviceAccount = `emr-containers-sa-spark-driver-${accountId}-${base36RoleName(config.roleName)}`
  if (config.target === 'eks' && config.eksCredentials === 'pod-identity') {
    const clusterArn = `arn:${partition}:eks:${region}:${accountId}:cluster/${cluster?.clusterName ?? 'my-cluster'}`
    return { ...blank, principalType: 'Service', principal: 'pods.eks.amazonaws.com', action: 'sts:AssumeRole', namespace: cluster?.namespace ?? '', serviceAccount, context: `aws:RequestTag/eks-cluster-arn=${clusterArn}` }
  }
  if (config.target === 'eks') {
    const provider = cluster ? oidcProviderName(cluster) : 'oidc.eks.region.amazonaws.com/id/EXAMPLE'
    return { ...blank, principalType: 'Federated', principal: `arn:${partition}:iam::${accountId}:oidc-provider/${provider}`, action: 'sts:AssumeRoleWithWebIdentity', namespace: cluster?.namespace ?? '', serviceAccount }
  }
  const application = config.trust.sourceArn === 'applications' ? (config.trust.applicationIds[0]?.id ?? '') : '00fexample0000000'
  return {
    ...blank,
    principalType: 'Service',
    principal: 'emr-serverless.amazonaws.com',
    action: 'sts:AssumeRole',
    sourceAccount: accountId,
    sourceArn: `arn:${partition}:emr-serverless:${region}:${accountId}:/applications/${application}`,
  }
}

export function permissionsRequest(question: PermissionsQuestion): EvaluationRequest {
  return { action: question.action.trim(), resource: question.resource.trim(), context: parseContextLines(question.context) }
}

/**
 * The trust request: an OIDC provider's `<issuer>:sub` (and `:aud`, sts.amazonaws.com) from the namespace and
 * service account; for EKS Pod Identity the same as its session tags (EKS User Guide, pod-id-abac.html).
 */
export function trustRequest(question: TrustQuestion): EvaluationRequest {
  const context: Record<string, string | string[]> = {}
  const principal = question.principal.trim()
  const provider = /:oidc-provider\/(.+)$/.exec(principal)?.[1]
  const subject = question.namespace !== '' || question.serviceAccount !== ''
  if (question.principalType === 'Federated' && provider !== undefined && subject) {
    context[`${provider}:sub`] = `system:serviceaccount:${question.namespace.trim()}:${question.serviceAccount.trim()}`
    context[`${provider}:aud`] = 'sts.amazonaws.com'
  }
  if (question.principalType === 'Service' && principal === 'pods.eks.amazonaws.com' && subject) {
    context['aws:RequestTag/kubernetes-namespace'] = question.namespace.trim()
    context['aws:RequestTag/kubernetes-service-account'] = question.serviceAccount.trim()
  }
  if (question.principalType === 'Service') {
    if (question.sourceAccount.trim() !== '') context['aws:SourceAccount'] = question.sourceAccount.trim()
    if (question.sourceArn.trim() !== '') context['aws:SourceArn'] = question.sourceArn.trim()
  }
  return { action: question.action.trim(), principal: { type: question.principalType, value: principal }, context: { ...context, ...parseContextLines(question.context) } }
}

const VERDICTS = { allowed: 'Allowed', 'not-allowed': 'Not allowed', 'denied-explicitly': 'Denied' } as const

/** "Statement 4 (Sid ReadObjects) of Permissions policy": counted from 1, as a reader counts. */
export function describeStatement({ policy, index, sid }: StatementRef): string {
  return `Statement ${index + 1}${sid !== undefined ? ` (Sid ${sid})` : ''} of ${policy}`
}

/** The answer in words: the verdict, the deciding statements, and for "not allowed" the nearest one and why. */
export function describeEvaluation(evaluation: Evaluation): { verdict: string; statements: string[]; why: string } {
  const { verdict, deciding, nearest } = evaluation
  if (verdict === 'allowed') return { verdict: VERDICTS.allowed, statements: deciding.map(describeStatement), why: 'This statement allows it.' }
  if (verdict === 'denied-explicitly') return { verdict: VERDICTS[verdict], statements: deciding.map(describeStatement), why: 'A Deny statement applies; a Deny always wins over an Allow.' }
  if (nearest === undefined) return { verdict: VERDICTS[verdict], statements: [], why: 'No Allow statement applies, so the request is implicitly denied.' }
  return { verdict: VERDICTS[verdict], statements: [`Nearest: ${describeStatement(nearest.statement)}`], why: `${nearest.mismatch.element}: ${nearest.mismatch.detail}` }
}
