import { partitionOfRegion } from '../../domain/config/partition'
import type { ConfigInput } from '../../domain/config/schema'
import { executionRolePattern } from '../../domain/eks/start-job-run'
import { roleArn } from '../../domain/iam/arn'

export interface ApprovedRolesNotes {
  /** Name-prefix mode: the pattern submitters may use, and the path it follows. */
  pattern: string
  /** Both modes: this role is always approved, and how. */
  ownRole: string
}

/**
 * What the Job submitters step says is approved, as the StartJobRun policy will have it (approvedExecutionRoles),
 * from the answers as they are now: placeholders stand in for what is not filled in yet.
 */
export function approvedRolesNotes(values: ConfigInput): ApprovedRolesNotes {
  const partition = partitionOfRegion(values.region)
  const account = values.accountId || '<account>'
  const name = values.roleName || '<role name>'
  const path = values.rolePath === '' ? '/' : values.rolePath
  const { rolePrefix, limit } = values.eks.submitters
  const where = { partition, accountId: account, region: values.region }
  const pattern = executionRolePattern(where, values.rolePath, rolePrefix)
  const own = roleArn(where, values.rolePath, name)
  const how =
    limit !== 'prefix'
      ? own
      : values.roleName.startsWith(rolePrefix)
        ? 'the pattern matches it'
        : `its ARN is approved beside the pattern (${own})`
  return {
    pattern: `Matches ${pattern} — the prefix follows this role’s path ${path}`,
    ownRole: `This role (${name}) is always approved: ${how}.`,
  }
}
