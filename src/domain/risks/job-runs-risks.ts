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
      detail: `They can start and cancel job runs${jobRuns.interactive ? ', and use interactive endpoints,' : ''} on every application in ${config.region}, other teams’ and later ones included.`,
      saferAlternative: 'Choose "Applications I list" and list the applications they use.',
      field: 'submitterJobRuns.scope',
    },
  ]
}
