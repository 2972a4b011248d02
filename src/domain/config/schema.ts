import { z } from 'zod/mini'
import { accountIdProblem, applicationIdProblem, rolePathProblem, roleNameProblem } from './iam-names'
import { checkEks } from './check-eks'
import { checkGlueScope } from './check-glue'
import { eksSchema } from './eks-schema'
import { glueScopeSchema } from './glue-scope-schema'
import { submitterJobRunsSchema } from './job-runs-schema'
import { serverlessLogsSchema, type ServerlessLogs } from './serverless-logs-schema'
import { logGroupNameProblem, logStreamPrefixProblem } from '../eks/eks-names'
import { kmsKeyArnProblem } from '../kms/key-arn'
import { partitionOfRegion, regionProblem } from './partition'
import { checkRoleSettings, roleSettingsSchema } from './role-settings-schema'
import { eksCredentialsSchema } from './pod-identity-schema'
import { lakeFormationSchema } from './lake-formation-schema'
import { bucketNameProblem, keyPrefixProblem } from './s3-names'
import { tableBucketsSchema } from './table-buckets-schema'
import { checkTableBuckets } from '../s3-tables/check-table-buckets'
import { documentEditProblems, documentEditsSchema } from './document-edits-schema'

export const TARGETS = ['serverless', 'eks'] as const
export const S3_ACCESS = ['all', 'specific', 'none'] as const
export const BUCKET_ACCESS = ['read', 'read-write'] as const
export const GLUE_ACCESS = ['none', 'read', 'create-read'] as const
export const SOURCE_ARN = ['none', 'applications', 'all-applications'] as const

export const bucketEntrySchema = z.object({
  name: z.string(),
  prefix: z.string(),
  access: z.enum(BUCKET_ACCESS),
  /**
   * The SSE-KMS key the bucket's objects are encrypted with: absent for none (so a bucket without one is written
   * exactly as before the option existed), empty for a key still to be named (documents show a placeholder).
   */
  kmsKeyArn: z.optional(z.string()),
})

export const trustSchema = z.object({
  sourceAccount: z.boolean(),
  sourceArn: z.enum(SOURCE_ARN),
  applicationIds: z.array(z.object({ id: z.string() })),
})

/**
 * The structure of a configuration: the right keys, each of the right type or one of the known choices, and
 * nothing more. Share links and configuration files are read with it first, so answers that break a field
 * rule still open (and show their problems at their fields) instead of being lost.
 */
export const configShapeSchema = z.object({
  /** Which EMR deployment the role is for: EMR Serverless or EMR on EKS. */
  target: z.enum(TARGETS),
  region: z.string(),
  accountId: z.string(),
  roleName: z.string(),
  rolePath: z.string(),
  s3Access: z.enum(S3_ACCESS),
  buckets: z.array(bucketEntrySchema),
  emrSamplesAccess: z.boolean(),
  glueAccess: z.enum(GLUE_ACCESS),
  trust: trustSchema,
  passRolePolicy: z.boolean(),
  /** EMR Serverless: whether the submitters' policy also lets them run jobs (only with the PassRole policy). */
  submitterJobRuns: submitterJobRunsSchema,
  /** EMR Serverless: job logs in a CloudWatch Logs log group (off by default). */
  serverlessLogs: serverlessLogsSchema,
  /** S3 table buckets the job reads or writes through the S3 Tables catalog; none by default. */
  tableBuckets: tableBucketsSchema,
  eks: eksSchema,
  /** The role's permissions boundary, description, maximum session duration and tags (all unset by default). */
  roleSettings: roleSettingsSchema,
  /** EMR on EKS: how job pods get the role's credentials, IRSA or EKS Pod Identity. */
  eksCredentials: eksCredentialsSchema,
  /** With Glue access on: all databases or the ones listed (each read or read-write), and the Iceberg REST endpoint. */
  glueScope: glueScopeSchema,
  /** With Glue access on: jobs read tables whose data Lake Formation governs (lakeformation:GetDataAccess). */
  lakeFormation: lakeFormationSchema,
  /** Documents the person edited in the preview, which replace the generated ones (absent while none is). */
  documentEdits: documentEditsSchema,
})

/**
 * THE configuration contract: the shape and every field rule, each problem reported at its field with a
 * plain-language message. The form, the share link, the generator and the builders all go through it.
 * Bucket entries and application IDs are kept (and shared) even while unused, but are only
 * checked when the choice that uses them is made, so a hidden list never blocks the user.
 * The same holds for the answers of the other target, so switching target and back loses nothing.
 * The partition is not stored: it always follows from the region (`partitionOfRegion`).
 */
export const configSchema = configShapeSchema.check(z.superRefine(checkConfigRules))

export type ConfigInput = z.input<typeof configSchema>
export type Config = z.output<typeof configSchema>
export type BucketEntry = z.output<typeof bucketEntrySchema>
export type Target = (typeof TARGETS)[number]
export type S3Access = (typeof S3_ACCESS)[number]
export type BucketAccess = (typeof BUCKET_ACCESS)[number]
export type GlueAccess = (typeof GLUE_ACCESS)[number]

type Ctx = z.core.$RefinementCtx<ConfigShape>
type ConfigShape = z.output<typeof configShapeSchema>

/** Every field rule, in form order; a field names the rule it breaks in plain words. */
function checkConfigRules(config: ConfigShape, ctx: Ctx) {
  const report = (field: keyof ConfigShape, message: string | undefined) => {
    if (message !== undefined) ctx.addIssue({ code: 'custom', path: [field], message })
  }
  report('region', regionProblem(config.region))
  report('accountId', accountIdProblem(config.accountId))
  report('roleName', roleNameProblem(config.roleName))
  report('rolePath', rolePathProblem(config.rolePath))
  if (config.s3Access === 'specific') checkBuckets(config.buckets, ctx, partitionOfRegion(config.region))
  if (config.target === 'serverless' && config.trust.sourceArn === 'applications') {
    checkApplicationIds(config.trust.applicationIds, ctx)
  }
  const jobRuns = config.submitterJobRuns
  if (config.target === 'serverless' && config.passRolePolicy && jobRuns.enabled && jobRuns.scope === 'applications') {
    checkApplicationIds(jobRuns.applicationIds, ctx, 'submitterJobRuns')
  }
  if (config.target === 'serverless' && config.serverlessLogs.enabled) checkServerlessLogs(config.serverlessLogs, ctx, partitionOfRegion(config.region))
  if (config.target === 'eks') checkEks(config.eks, config.region, config.accountId, ctx, config.eksCredentials)
  checkRoleSettings(config.roleSettings, partitionOfRegion(config.region), (path, message) => {
    if (message !== undefined) ctx.addIssue({ code: 'custom', path: ['roleSettings', ...path], message })
  })
  if (config.glueAccess !== 'none' && config.glueScope.scope === 'databases') checkGlueScope(config.glueScope, ctx)
  for (const { path, message } of checkTableBuckets(config.tableBuckets, config.region, config.accountId)) ctx.addIssue({ code: 'custom', path, message })
  for (const { index, message } of documentEditProblems(config.documentEdits ?? [])) ctx.addIssue({ code: 'custom', path: ['documentEdits', index, 'document'], message })
}

function checkBuckets(buckets: readonly BucketEntry[], ctx: Ctx, partition: string) {
  if (buckets.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['buckets'], message: 'Add at least one bucket, or choose "None".' })
  }
  const firstSeen = new Map<string, number>()
  buckets.forEach((bucket, index) => {
    const nameProblem = bucketNameProblem(bucket.name)
    if (nameProblem !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['buckets', index, 'name'], message: nameProblem })
    }
    const prefixProblem = keyPrefixProblem(bucket.prefix)
    if (prefixProblem !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['buckets', index, 'prefix'], message: prefixProblem })
    }
    if (bucket.kmsKeyArn !== undefined) {
      const keyProblem = kmsKeyArnProblem(bucket.kmsKeyArn, partition)
      if (keyProblem !== undefined) ctx.addIssue({ code: 'custom', path: ['buckets', index, 'kmsKeyArn'], message: keyProblem })
    }
    const key = `${bucket.name}\u0000${bucket.prefix}`
    const earlier = firstSeen.get(key)
    if (earlier === undefined) {
      firstSeen.set(key, index)
    } else if (nameProblem === undefined) {
      const what = bucket.prefix === '' ? `"${bucket.name}"` : `"${bucket.name}" with prefix "${bucket.prefix}"`
      ctx.addIssue({
        code: 'custom',
        path: ['buckets', index, 'name'],
        message: `${what} is already listed as bucket ${earlier + 1}; remove one of them.`,
      })
    }
  })
}

function checkServerlessLogs(logs: ServerlessLogs, ctx: Ctx, partition: string) {
  const report = (field: keyof ServerlessLogs, message: string | undefined) => {
    if (message !== undefined) ctx.addIssue({ code: 'custom', path: ['serverlessLogs', field], message })
  }
  report('logGroupName', logGroupNameProblem(logs.logGroupName))
  report('logStreamPrefix', logStreamPrefixProblem(logs.logStreamPrefix))
  if (logs.kmsKeyArn !== undefined) report('kmsKeyArn', kmsKeyArnProblem(logs.kmsKeyArn, partition))
}

/** The application IDs of the trust policy's aws:SourceArn, or of the submitters who run jobs. */
function checkApplicationIds(ids: readonly { id: string }[], ctx: Ctx, parent: 'trust' | 'submitterJobRuns' = 'trust') {
  if (ids.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: [parent, 'applicationIds'],
      message: 'Add at least one application ID, or allow all applications in the region.',
    })
  }
  const seen = new Set<string>()
  ids.forEach(({ id }, index) => {
    const problem = applicationIdProblem(id) ?? (seen.has(id) ? `Application ${id} is already listed.` : undefined)
    if (problem !== undefined) {
      ctx.addIssue({ code: 'custom', path: [parent, 'applicationIds', index, 'id'], message: problem })
    }
    seen.add(id)
  })
}
