import type { BucketEntry, Config } from '../config/schema'
import { resolveRoleContext } from '../context/role-context'
import { base36RoleName } from '../eks/base36'
import { oidcProviderName } from '../eks/eks-trust'
import { eksClusterArn, POD_IDENTITY_PRINCIPAL, SESSION_TAG_KEYS } from '../pod-identity/pod-identity-trust'
import type { EvaluationRequest, Verdict } from './types'

export type DocumentKind = 'permissions' | 'trust' | 'submitter'

/** A question with the answer the CONFIGURATION implies (not read from the documents). */
export interface Expectation {
  what: string
  kind: DocumentKind
  request: EvaluationRequest
  verdict: Extract<Verdict, 'allowed' | 'not-allowed'>
}

const OBJECT_ACTIONS = { read: ['s3:GetObject'], write: ['s3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload'] }

/** Whether some bucket entry grants `action` on `key` of bucket `name` (prefix '' is the whole bucket). */
function entryGrants(buckets: readonly BucketEntry[], name: string, key: string, action: string): boolean {
  return buckets.some(
    (b) => b.name === name && key.startsWith(b.prefix) && (OBJECT_ACTIONS.read.includes(action) || b.access === 'read-write'),
  )
}

function s3Expectations(config: Config): Expectation[] {
  const { partition } = resolveRoleContext(config)
  const out: Expectation[] = []
  const object = (bucket: string, key: string) => `arn:${partition}:s3:::${bucket}/${key}`
  const ask = (what: string, action: string, resource: string, allowed: boolean, context = {}) =>
    out.push({ what, kind: 'permissions', request: { action, resource, context }, verdict: allowed ? 'allowed' : 'not-allowed' })
  const specific = config.s3Access === 'specific'
  for (const bucket of specific ? config.buckets : []) {
    const inside = `${bucket.prefix}example/part-0000.parquet`
    for (const action of [...OBJECT_ACTIONS.read, ...OBJECT_ACTIONS.write]) {
      ask(`${action} in ${bucket.name}/${bucket.prefix}`, action, object(bucket.name, inside), entryGrants(config.buckets, bucket.name, inside, action))
    }
    if (bucket.prefix !== '') {
      const outside = `elsewhere/${bucket.prefix}x`
      ask(`GetObject outside ${bucket.name}/${bucket.prefix}`, 's3:GetObject', object(bucket.name, outside), entryGrants(config.buckets, bucket.name, outside, 's3:GetObject'))
      const whole = config.buckets.some((b) => b.name === bucket.name && b.prefix === '')
      ask(`ListBucket outside ${bucket.prefix}`, 's3:ListBucket', `arn:${partition}:s3:::${bucket.name}`, whole, { 's3:prefix': 'elsewhere/' })
    }
    ask(`ListBucket in ${bucket.name}/${bucket.prefix}`, 's3:ListBucket', `arn:${partition}:s3:::${bucket.name}`, true, { 's3:prefix': `${bucket.prefix}example/` })
    ask(`GetObject on a bucket named like ${bucket.name}`, 's3:GetObject', object(`${bucket.name}-other`, inside), false)
    ask(`GetObject in the ${bucket.name} of another partition`, 's3:GetObject', `arn:${partition === 'aws' ? 'aws-cn' : 'aws'}:s3:::${bucket.name}/${inside}`, false)
  }
  const samples = `${config.region}.elasticmapreduce`
  ask('GetObject on the EMR samples', 's3:GetObject', object(samples, 'samples/wordcount.py'), config.emrSamplesAccess)
  ask('PutObject on the EMR samples', 's3:PutObject', object(samples, 'samples/wordcount.py'), false)
  ask('DeleteBucket', 's3:DeleteBucket', `arn:${partition}:s3:::${config.buckets[0]?.name ?? 'amzn-example-data'}`, false)
  return out
}

function glueExpectations(config: Config): Expectation[] {
  const { partition, accountId, region } = resolveRoleContext(config)
  const table = (database: string, name: string) => `arn:${partition}:glue:${region}:${accountId}:table/${database}/${name}`
  const ask = (what: string, action: string, resource: string, allowed: boolean): Expectation => ({
    what: `${what} with Glue access "${config.glueAccess}"`,
    kind: 'permissions',
    request: { action, resource },
    verdict: allowed ? 'allowed' : 'not-allowed',
  })
  const on = config.glueAccess !== 'none'
  const common = [
    ask('glue:DeleteDatabase', 'glue:DeleteDatabase', `arn:${partition}:glue:${region}:${accountId}:database/sales`, false),
    ask('glue:GetTable in another account', 'glue:GetTable', table('sales', 'orders').replace(accountId, '111122223333'), false),
  ]
  if (config.glueScope.scope !== 'databases' || !on) {
    return [
      ...common,
      ask('glue:GetTable', 'glue:GetTable', table('sales', 'orders'), on),
      ask('glue:CreateTable', 'glue:CreateTable', table('sales', 'orders'), config.glueAccess === 'create-read'),
    ]
  }
  // Listed databases: a table of a listed database (of its listed tables, if any) and nothing else.
  return [
    ...common,
    ...config.glueScope.databases.flatMap((database) => {
      const listed = database.tables[0]?.name ?? 'any-table'
      return [
        ask(`glue:GetTable ${database.name}/${listed}`, 'glue:GetTable', table(database.name, listed), true),
        ask(`glue:GetTable ${database.name}/not-listed`, 'glue:GetTable', table(database.name, 'zz-not-listed'), database.tables.length === 0),
        ...(database.access === 'read' ? [ask(`glue:CreateTable in read-only ${database.name}`, 'glue:CreateTable', table(database.name, listed), false)] : []),
      ]
    }),
    ask('glue:GetTable in a database not listed', 'glue:GetTable', table('zz-not-listed', 'orders'), false),
  ]
}

export function intendedGrants(config: Config): Expectation[] {
  const trust = config.target === 'eks' ? (config.eksCredentials === 'pod-identity' ? podIdentityTrust(config) : irsaTrust(config)) : serverlessTrust(config)
  return [...s3Expectations(config), ...glueExpectations(config), ...trust, ...submitterExpectations(config)]
}

const trustAsk = (what: string, request: EvaluationRequest, allowed: boolean): Expectation => ({ what, kind: 'trust', request, verdict: allowed ? 'allowed' : 'not-allowed' })

function serverlessTrust(config: Config): Expectation[] {
  const { partition, accountId, region } = resolveRoleContext(config)
  const { trust } = config
  const app = (id: string) => `arn:${partition}:emr-serverless:${region}:${accountId}:/applications/${id}`
  const listed = trust.sourceArn === 'applications' ? (trust.applicationIds[0]?.id ?? 'x') : '00fexample0000000'
  const principal = { type: 'Service' as const, value: 'emr-serverless.amazonaws.com' }
  const context = (account: string, id: string) => ({ 'aws:SourceAccount': account, 'aws:SourceArn': app(id).replace(accountId, account) })
  return [
    trustAsk('EMR Serverless from the role’s account', { action: 'sts:AssumeRole', principal, context: context(accountId, listed) }, true),
    trustAsk('EMR Serverless from another account', { action: 'sts:AssumeRole', principal, context: context('111122223333', listed) }, trust.sourceAccount === false && trust.sourceArn === 'none'),
    trustAsk('EMR Serverless for an application not listed', { action: 'sts:AssumeRole', principal, context: context(accountId, '00fnotlisted0000') }, trust.sourceArn !== 'applications'),
    trustAsk('EC2 instead of EMR Serverless', { action: 'sts:AssumeRole', principal: { type: 'Service', value: 'ec2.amazonaws.com' }, context: context(accountId, listed) }, false),
    trustAsk('EMR Serverless with AssumeRoleWithWebIdentity', { action: 'sts:AssumeRoleWithWebIdentity', principal, context: context(accountId, listed) }, false),
  ]
}

function irsaTrust(config: Config): Expectation[] {
  const { partition, accountId } = resolveRoleContext(config)
  const role = base36RoleName(config.roleName)
  return config.eks.clusters.flatMap((cluster) => {
    const provider = oidcProviderName(cluster)
    const principal = { type: 'Federated' as const, value: `arn:${partition}:iam::${accountId}:oidc-provider/${provider}` }
    const ask = (what: string, namespace: string, account: string, name: string, allowed: boolean) =>
      trustAsk(`${what} (${cluster.clusterName})`, {
        action: 'sts:AssumeRoleWithWebIdentity',
        principal,
        context: { [`${provider}:sub`]: `system:serviceaccount:${namespace}:emr-containers-sa-spark-driver-${account}-${name}`, [`${provider}:aud`]: 'sts.amazonaws.com' },
      }, allowed)
    return [
      ask(`the driver in ${cluster.namespace}`, cluster.namespace, accountId, role, true),
      ask('the driver in another namespace', `${cluster.namespace}-other`, accountId, role, false),
      ask('another role’s driver', cluster.namespace, accountId, base36RoleName(`${config.roleName}x`), false),
      ask('a driver of another account', cluster.namespace, '111122223333', role, false),
      trustAsk(`another OIDC provider (${cluster.clusterName})`, { action: 'sts:AssumeRoleWithWebIdentity', principal: { type: 'Federated', value: `${principal.value}0` } }, false),
    ]
  })
}

function podIdentityTrust(config: Config): Expectation[] {
  const context = resolveRoleContext(config)
  const principal = { type: 'Service' as const, value: POD_IDENTITY_PRINCIPAL }
  return config.eks.clusters.flatMap(({ clusterName, namespace }) => {
    const tags = (cluster: string, ns: string) => ({
      [SESSION_TAG_KEYS.clusterArn]: eksClusterArn(context, cluster),
      [SESSION_TAG_KEYS.namespace]: ns,
      [SESSION_TAG_KEYS.serviceAccount]: `emr-containers-sa-spark-driver-${context.accountId}-${base36RoleName(config.roleName)}`,
    })
    const allowedNs = config.eks.clusters.some((c) => c.clusterName === clusterName && c.namespace === `${namespace}-other`)
    return [
      trustAsk(`Pod Identity for ${clusterName}/${namespace}`, { action: 'sts:AssumeRole', principal, context: tags(clusterName, namespace) }, true),
      trustAsk(`Pod Identity tags for ${clusterName}/${namespace}`, { action: 'sts:TagSession', principal, context: tags(clusterName, namespace) }, true),
      trustAsk(`Pod Identity for ${clusterName}/${namespace}-other`, { action: 'sts:AssumeRole', principal, context: tags(clusterName, `${namespace}-other`) }, allowedNs),
      trustAsk(`Pod Identity for another cluster`, { action: 'sts:AssumeRole', principal, context: tags(`${clusterName}-other`, namespace) }, false),
    ]
  })
}

function submitterExpectations(config: Config): Expectation[] {
  const { partition, accountId, region } = resolveRoleContext(config)
  const roleArn = `arn:${partition}:iam::${accountId}:role${config.rolePath || '/'}${config.roleName}`
  const ask = (what: string, request: EvaluationRequest, allowed: boolean): Expectation => ({ what, kind: 'submitter', request, verdict: allowed ? 'allowed' : 'not-allowed' })
  if (config.target === 'serverless') {
    const on = config.passRolePolicy
    return [
      ask('PassRole to EMR Serverless', { action: 'iam:PassRole', resource: roleArn, context: { 'iam:PassedToService': 'emr-serverless.amazonaws.com' } }, on),
      ask('PassRole to EC2', { action: 'iam:PassRole', resource: roleArn, context: { 'iam:PassedToService': 'ec2.amazonaws.com' } }, false),
      ask('PassRole of another role', { action: 'iam:PassRole', resource: `${roleArn}-admin`, context: { 'iam:PassedToService': 'emr-serverless.amazonaws.com' } }, false),
    ]
  }
  const { submitters } = config.eks
  const cluster = (id: string) => `arn:${partition}:emr-containers:${region}:${accountId}:/virtualclusters/${id}`
  const first = submitters.virtualClusterIds[0]?.id ?? 'none'
  return [
    ask('StartJobRun with this role', { action: 'emr-containers:StartJobRun', resource: cluster(first), context: { 'emr-containers:ExecutionRoleArn': roleArn } }, submitters.enabled),
    ask('StartJobRun on another virtual cluster', { action: 'emr-containers:StartJobRun', resource: cluster(`${first}x`), context: { 'emr-containers:ExecutionRoleArn': roleArn } }, false),
    ask('StartJobRun with an unapproved role', { action: 'emr-containers:StartJobRun', resource: cluster(first), context: { 'emr-containers:ExecutionRoleArn': `arn:${partition}:iam::${accountId}:role/zz-unapproved` } }, submitters.enabled && submitters.limit !== 'roles' && submitters.limit !== 'prefix'),
    ask('DeleteVirtualCluster', { action: 'emr-containers:DeleteVirtualCluster', resource: cluster(first) }, false),
  ]
}
