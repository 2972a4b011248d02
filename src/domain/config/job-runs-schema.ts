import { z } from 'zod/mini'
import { applicationIdProblem } from './iam-names'

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

export interface JobRunProblem {
  path: (string | number)[]
  message: string
}

/** The rules of the listed applications, each problem at its field; checked only when the list is in use. */
export function jobRunProblems(jobRuns: SubmitterJobRuns): JobRunProblem[] {
  if (!jobRuns.enabled || jobRuns.scope !== 'applications') return []
  const base = ['submitterJobRuns', 'applicationIds']
  if (jobRuns.applicationIds.length === 0) {
    return [{ path: base, message: 'Add at least one application ID, or allow all applications in the region.' }]
  }
  const seen = new Set<string>()
  return jobRuns.applicationIds.flatMap(({ id }, index) => {
    const problem = applicationIdProblem(id) ?? (seen.has(id) ? `Application ${id} is already listed.` : undefined)
    seen.add(id)
    return problem === undefined ? [] : [{ path: [...base, index, 'id'], message: problem }]
  })
}
