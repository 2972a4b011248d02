import type { Config } from '../config/schema'
import { approvedExecutionRoles } from '../eks/start-job-run'
import { countOf, listNames, type SummaryPart } from './wording'

/** Who may put the role to work: the job submitters' PassRole (EMR Serverless) or StartJobRun (EMR on EKS) policy. */
export function summarizeSubmitters(config: Config): SummaryPart {
  if (config.target === 'serverless') return summarizeServerlessSubmitters(config)
  const { submitters } = config.eks
  if (!submitters.enabled) return { can: [], cannot: [] }
  const ids = submitters.virtualClusterIds.map((v) => v.id)
  const clusters = `${ids.length === 1 ? 'virtual cluster' : 'virtual clusters'} ${listNames(ids)}`
  const limited = submitters.limit === 'roles' || submitters.limit === 'prefix'
  return {
    can: [`Job submitters given the StartJobRun policy can start, list, describe and cancel job runs on ${clusters}, ${withRoles(config)}`],
    cannot: [
      limited
        ? 'Submitters with only that policy cannot start jobs on another virtual cluster, or with an execution role it does not approve'
        : 'Submitters with only that policy cannot start jobs on another virtual cluster',
    ],
  }
}

/** The execution roles the policy's ExecutionRoleArn condition approves, as `approvedExecutionRoles` lists them. */
function withRoles(config: Config): string {
  const { submitters } = config.eks
  if (submitters.limit !== 'roles' && submitters.limit !== 'prefix') return 'with any execution role'
  const approved = approvedExecutionRoles(config)
  if (submitters.limit === 'prefix') {
    const own = approved.length > 1 ? ' and with this role' : ''
    return `with any execution role whose ARN matches ${approved[approved.length - 1] ?? ''}${own}`
  }
  const others = approved.length - 1
  return others === 0 ? 'with this role as the execution role only' : `with this role or ${countOf(others, 'other approved role')} as the execution role`
}

/** EMR Serverless: PassRole, and with "Submitters can run jobs" what they may do with job runs, and where. */
function summarizeServerlessSubmitters(config: Config): SummaryPart {
  if (!config.passRolePolicy) return { can: [], cannot: [] }
  const passRole = 'Job submitters given the PassRole policy may pass this role to EMR Serverless, and to no other service'
  const jobRuns = config.submitterJobRuns
  if (!jobRuns.enabled) return { can: [passRole], cannot: [] }
  const ids = jobRuns.applicationIds.map(({ id }) => id)
  const all = jobRuns.scope === 'all-applications'
  const where = all
    ? `every application in ${config.region} of account ${config.accountId}`
    : `${ids.length === 1 ? 'application' : 'applications'} ${listNames(ids)}`
  const interactive = jobRuns.interactive ? ', and use their EMR Studio and Apache Livy interactive endpoints' : ''
  return {
    can: [
      'Job submitters given the PassRole and job-run policy may pass this role to EMR Serverless, and to no other service',
      `Job submitters given that policy can start, list, get, cancel and open the dashboards of job runs on ${where}${interactive}`,
    ],
    cannot: all ? [] : ['Submitters with only that policy cannot run jobs on another application'],
  }
}
