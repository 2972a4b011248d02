import { z } from 'zod/mini'

/** Where EMR Serverless job submitters may run jobs: the applications listed, or every application in the region. */
export const JOB_RUN_SCOPES = ['applications', 'all-applications'] as const

/**
 * Whether the EMR Serverless submitters' policy also lets submitters run jobs (StartJobRun and what follows it),
 * and optionally use interactive endpoints (EMR Studio, Apache Livy). Its own list of applications: the
 * trust policy says which applications may assume the role, this one which applications submitters may use,
 * and the two differ (a trust open to the region, submitters on one team's application).
 */
export const submitterJobRunsSchema = z.object({
  enabled: z.boolean(),
  interactive: z.boolean(),
  scope: z.enum(JOB_RUN_SCOPES),
  applicationIds: z.array(z.object({ id: z.string() })),
})

export type SubmitterJobRuns = z.output<typeof submitterJobRunsSchema>

/** Off, as every configuration made before the option existed: its documents stay as they were. */
export function defaultSubmitterJobRuns(): SubmitterJobRuns {
  return { enabled: false, interactive: false, scope: 'applications', applicationIds: [{ id: '' }] }
}
