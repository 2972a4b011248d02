import type { SubmitterJobRuns } from '../config/job-runs-schema'
import type { RoleContext } from '../context/role-context'
import { emrServerlessApplicationArn } from '../iam/arn'
import { sortedUnique, type Statement } from '../iam/policy'

/** The Sids of the statements below, in document order. */
export const JOB_RUN_SIDS = ['StartAndListJobRuns', 'GetAndCancelJobRuns', 'UseInteractiveEndpoints'] as const

/**
 * What lets EMR Serverless submitters run jobs, beside their iam:PassRole (Service Authorization Reference,
 * list_amazonemrserverless): StartJobRun and ListJobRuns take the application resource; GetJobRun, CancelJobRun
 * and GetDashboardForJobRun the job-run resource (`…/applications/<id>/jobruns/<jobRunId>`); the permission-only
 * AccessInteractiveEndpoints (EMR Studio) and AccessLivyEndpoints (Apache Livy) the application. Empty when off.
 */
export function buildJobRunStatements(jobRuns: SubmitterJobRuns, context: RoleContext): Statement[] {
  if (!jobRuns.enabled) return []
  const ids = jobRuns.scope === 'all-applications' ? ['*'] : jobRuns.applicationIds.map(({ id }) => id)
  const applications = sortedUnique(ids.map((id) => emrServerlessApplicationArn(context, id)))
  const statements: Statement[] = [
    {
      Sid: 'StartAndListJobRuns',
      Effect: 'Allow',
      Action: ['emr-serverless:ListJobRuns', 'emr-serverless:StartJobRun'],
      Resource: applications,
    },
    {
      Sid: 'GetAndCancelJobRuns',
      Effect: 'Allow',
      Action: ['emr-serverless:CancelJobRun', 'emr-serverless:GetDashboardForJobRun', 'emr-serverless:GetJobRun'],
      Resource: applications.map((arn) => `${arn}/jobruns/*`),
    },
  ]
  if (jobRuns.interactive) {
    statements.push({
      Sid: 'UseInteractiveEndpoints',
      Effect: 'Allow',
      Action: ['emr-serverless:AccessInteractiveEndpoints', 'emr-serverless:AccessLivyEndpoints'],
      Resource: applications,
    })
  }
  return statements
}

