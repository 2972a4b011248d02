import { describe, expect, it } from 'vitest'
import type { ConfigInput } from '../../domain/config/schema'
import { eksTestConfig } from '../../domain/test-configs'
import { approvedRolesNotes } from './approved-roles'

const values = (roleName: string, rolePath: string, limit: 'roles' | 'prefix', rolePrefix = 'analytics-'): ConfigInput => {
  const config = eksTestConfig({ roleName, rolePath })
  return { ...config, eks: { ...config.eks, submitters: { ...config.eks.submitters, enabled: true, limit, rolePrefix } } }
}

describe('what the Job submitters step says is approved', () => {
  it('names the pattern of the prefix mode and the role path it follows', () => {
    expect(approvedRolesNotes(values('myrole', '/emr/jobs/', 'prefix')).pattern).toBe(
      'Matches arn:aws:iam::123456789012:role/emr/jobs/analytics-* — the prefix follows this role’s path /emr/jobs/',
    )
    expect(approvedRolesNotes(values('myrole', '', 'prefix')).pattern).toBe(
      'Matches arn:aws:iam::123456789012:role/analytics-* — the prefix follows this role’s path /',
    )
  })

  it.each<[string, ConfigInput, string]>([
    ['prefix mode, a name outside the prefix', values('myrole', '/emr/jobs/', 'prefix'), 'This role (myrole) is always approved: its ARN is approved beside the pattern (arn:aws:iam::123456789012:role/emr/jobs/myrole).'],
    ['prefix mode, a name inside it', values('analytics-etl', '', 'prefix'), 'This role (analytics-etl) is always approved: the pattern matches it.'],
    ['approved-roles mode', values('myrole', '', 'roles'), 'This role (myrole) is always approved: arn:aws:iam::123456789012:role/myrole.'],
    ['answers not filled in yet', { ...values('', '', 'roles'), accountId: '' }, 'This role (<role name>) is always approved: arn:aws:iam::<account>:role/<role name>.'],
  ])('says this role is always approved: %s', (_name, config, expected) => {
    expect(approvedRolesNotes(config).ownRole).toBe(expected)
  })
})
