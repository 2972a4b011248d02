import type { Config } from '../config/schema'
import type { RiskWarning } from './risk'

/** Submitters who may run jobs on every EMR Serverless application in the region, present and future. */
export function assessJobRunRisks(config: Config): RiskWarning[] {
  const jobRuns = config.submitterJobRuns
  if (config.target !== 'serverless' || !config.passRolePolicy || !jobRuns.enabled || jobRuns.scope !== 'all-applications') return []
  return [
    {
      id: 'submitters-all-applications',
      severity: 'medium',
      title: 'Submitters can run jobs on every application in the region',
      detail:
        `The submitters’ policy allows StartJobRun, and cancelling job runs, on every EMR Serverless application of the account in ${config.region}` +
        `${jobRuns.interactive ? ' (and their interactive endpoints)' : ''}, those created later included: ` +
        'other teams’ applications and their capacity, and any other job runtime role the submitters may pass.',
      saferAlternative: 'Choose "Applications I list" and list the applications these submitters use.',
      field: 'submitterJobRuns.scope',
    },
  ]
}
