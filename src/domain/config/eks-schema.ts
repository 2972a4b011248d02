import { z } from 'zod/mini'

export const EXECUTION_ROLE_LIMITS = ['roles', 'prefix', 'tags', 'none'] as const
export const CONDITION_OPERATORS = ['string', 'arn'] as const

export const eksClusterSchema = z.object({
  clusterName: z.string(),
  namespace: z.string(),
  oidcIssuer: z.string(),
  /**
   * Kept so older links and files open: empty, or the role's own account. Any other account is an error at this field
   * (`otherAccountProblem`), never silently changed.
   */
  accountId: z.string(),
})

/** EMR on EKS answers. Loose shapes here; `checkEks` validates them when EMR on EKS is the target. */
export const eksSchema = z.object({
  clusters: z.array(eksClusterSchema),
  requireAudience: z.boolean(),
  serviceAccounts: z.object({ sparkOperator: z.boolean(), flinkOperator: z.boolean(), livy: z.boolean() }),
  existingTrustPolicy: z.string(),
  logs: z.object({
    enabled: z.boolean(),
    logGroupName: z.string(),
    logStreamPrefix: z.string(),
    createLogGroup: z.boolean(),
    /** The log group's KMS key: absent for none, empty while it is to be named. */
    kmsKeyArn: z.optional(z.string()),
  }),
  submitters: z.object({
    enabled: z.boolean(),
    virtualClusterIds: z.array(z.object({ id: z.string() })),
    limit: z.enum(EXECUTION_ROLE_LIMITS),
    roleArns: z.array(z.object({ arn: z.string() })),
    rolePrefix: z.string(),
    conditionOperators: z.enum(CONDITION_OPERATORS),
  }),
})

export type EksConfig = z.output<typeof eksSchema>
export type EksCluster = z.output<typeof eksClusterSchema>
