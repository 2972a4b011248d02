import { describe, expect, it } from 'vitest'
import type { EksConfig } from '../config/eks-schema'
import { validateConfig } from '../config/validate-config'
import { eksTestConfig } from '../test-configs'
import { approvedExecutionRoles } from './start-job-run'

/** A valid EMR on EKS configuration with the StartJobRun policy in name-prefix mode. */
function prefixMode(roleName: string, rolePath: string, rolePrefix: string) {
  const submitters: EksConfig['submitters'] = {
    enabled: true,
    virtualClusterIds: [{ id: 'a1b2c3' }],
    limit: 'prefix',
    roleArns: [],
    rolePrefix,
    conditionOperators: 'string',
  }
  const checked = validateConfig(eksTestConfig({ roleName, rolePath }, { submitters }))
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems))
  return checked.value
}

describe('execution roles approved in name-prefix mode', () => {
  it.each<[string, string, string, string, string[]]>([
    ['this role’s name does not start with the prefix: its ARN is approved beside the pattern', 'myrole', '', 'analytics-', [
      'arn:aws:iam::123456789012:role/myrole',
      'arn:aws:iam::123456789012:role/analytics-*',
    ]],
    ['this role’s name starts with the prefix: the pattern already covers it', 'analytics-etl', '', 'analytics-', [
      'arn:aws:iam::123456789012:role/analytics-*',
    ]],
    ['the pattern follows this role’s path, and so does its own ARN', 'myrole', '/emr/jobs/', 'analytics-', [
      'arn:aws:iam::123456789012:role/emr/jobs/myrole',
      'arn:aws:iam::123456789012:role/emr/jobs/analytics-*',
    ]],
  ])('%s (this role first)', (_name, roleName, rolePath, rolePrefix, expected) => {
    expect(approvedExecutionRoles(prefixMode(roleName, rolePath, rolePrefix))).toEqual(expected)
  })
})
