import type { Config } from '../config/schema'
import { actionsText, listOf, stringsOf, type Explained, type JsonObject } from './statement-parts'

/** The job-run statements "Submitters can run jobs" adds to the EMR Serverless submitters' policy. */
export function explainJobRunStatement(config: Config, statement: JsonObject, sid: string): Explained | undefined {
  const jobRuns = config.submitterJobRuns
  if (!config.passRolePolicy || !jobRuns.enabled) return undefined
  const ids = jobRuns.applicationIds.map(({ id }) => id)
  const all = jobRuns.scope === 'all-applications'
  const where = all
    ? `every application of account ${config.accountId} in ${config.region}`
    : `application${ids.length === 1 ? '' : 's'} ${listOf(ids, 2)}`
  const scopeField = all ? 'submitterJobRuns.scope' : 'submitterJobRuns.applicationIds.0.id'
  const actions = actionsText(stringsOf(statement.Action))
  switch (sid) {
    case 'StartAndListJobRuns':
      return {
        sentence: `${actions} on ${where}: you let submitters run jobs; StartJobRun and ListJobRuns take the application as their resource.`,
        field: scopeField,
      }
    case 'GetAndCancelJobRuns':
      return {
        sentence: `${actions} on the job runs of ${where}: submitters who start jobs can follow them, open their dashboards and cancel them; these actions take the job run as their resource.`,
        field: scopeField,
      }
    case 'UseInteractiveEndpoints':
      return jobRuns.interactive
        ? {
            sentence: `${actions} on ${where}: you allowed interactive use, so submitters can attach EMR Studio notebooks and connect to Apache Livy endpoints.`,
            field: 'submitterJobRuns.interactive',
          }
        : undefined
    default:
      return undefined
  }
}
