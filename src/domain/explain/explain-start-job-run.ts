import type { Config } from '../config/schema'
import { actionsText, conditionValues, listOf, stringsOf, type Explained, type JsonObject } from './statement-parts'

/** The virtual cluster IDs in `…:/virtualclusters/<id>` or `…:/virtualclusters/<id>/jobruns/*` ARNs. */
function virtualClusterIds(statement: JsonObject): string[] | undefined {
  const ids = stringsOf(statement.Resource).map((arn) => /:\/virtualclusters\/([^/]+)(?:\/jobruns\/\*)?$/.exec(arn)?.[1])
  return ids.length === 0 || ids.some((id) => id === undefined) ? undefined : (ids as string[])
}

/** The EMR on EKS job submitters' StartJobRun policy, by Sid. */
export function explainStartJobRunStatement(config: Config, statement: JsonObject, sid: string): Explained | undefined {
  const { submitters } = config.eks
  const ids = virtualClusterIds(statement)
  const row = ids === undefined ? -1 : submitters.virtualClusterIds.findIndex(({ id }) => ids.includes(id))
  if (!submitters.enabled || ids === undefined || row === -1) return undefined
  const actions = actionsText(stringsOf(statement.Action))
  const clusters = `virtual cluster${ids.length === 1 ? '' : 's'} ${listOf(ids, 2)}`
  switch (sid) {
    case 'StartJobRunsWithApprovedExecutionRoles':
      return explainStartJobRun(config, statement, `${actions} on ${clusters}: lets submitters start jobs there`)
    case 'ListJobRuns':
      return { sentence: `${actions} on ${clusters}: lets submitters list the job runs on the virtual clusters you gave.`, field: `eks.submitters.virtualClusterIds.${row}.id` }
    case 'DescribeAndCancelJobRuns':
      return {
        sentence: `${actions} on the job runs of ${clusters}: lets submitters follow and cancel the jobs they start there.`,
        field: `eks.submitters.virtualClusterIds.${row}.id`,
      }
  }
  return undefined
}

/** Which execution roles the emr-containers:ExecutionRoleArn condition approves, as the "Job submitters" step chose. */
function explainStartJobRun(config: Config, statement: JsonObject, start: string): Explained {
  const { submitters } = config.eks
  const approved = conditionValues(statement, 'emr-containers:ExecutionRoleArn')
  switch (submitters.limit) {
    case 'roles': {
      const others = approved.length - 1
      return {
        sentence:
          `${start}, only with this role${others > 0 ? ` or ${others} other approved role${others === 1 ? '' : 's'}` : ''} as the ` +
          'execution role (emr-containers:ExecutionRoleArn), so they cannot start jobs with any other role.',
        field: 'eks.submitters.limit',
      }
    }
    case 'prefix':
      return {
        sentence:
          `${start}, only with execution roles whose names start with "${submitters.rolePrefix}"${approved.length > 1 ? ' or with this role' : ''}: ` +
          'the prefix you gave, checked by the emr-containers:ExecutionRoleArn condition.',
        field: 'eks.submitters.rolePrefix',
      }
    case 'tags':
      return {
        sentence:
          `${start}, with any execution role: you chose roles with a tag, but EMR on EKS does not support tag-based access ` +
          'control for execution roles, so no condition limits them.',
        field: 'eks.submitters.limit',
      }
    case 'none':
      return { sentence: `${start}, with any execution role: you chose "Any role", so no emr-containers:ExecutionRoleArn condition limits them.`, field: 'eks.submitters.limit' }
  }
}
