import { describe, expect, it } from 'vitest'
import { defaultConfig, DEFAULT_ROLE_NAMES, roleNameForTarget } from './defaults'
import { roleNameProblem } from './iam-names'

describe('role name defaults per target', () => {
  it('a new configuration starts with the EMR Serverless default, and each default is a valid role name', () => {
    expect(defaultConfig().roleName).toBe('EMRServerlessJobRuntimeRole')
    for (const name of Object.values(DEFAULT_ROLE_NAMES)) expect(roleNameProblem(name)).toBeUndefined()
  })

  it.each<[string, string, 'serverless' | 'eks', string]>([
    ['the Serverless default becomes the EKS default', 'EMRServerlessJobRuntimeRole', 'eks', 'EMRContainers-JobExecutionRole'],
    ['the EKS default becomes the Serverless default', 'EMRContainers-JobExecutionRole', 'serverless', 'EMRServerlessJobRuntimeRole'],
    ['a default stays when the target does not change', 'EMRServerlessJobRuntimeRole', 'serverless', 'EMRServerlessJobRuntimeRole'],
    ['an empty name gets the target’s default', '', 'eks', 'EMRContainers-JobExecutionRole'],
    ['a typed name is kept', 'AnalyticsJobRole', 'eks', 'AnalyticsJobRole'],
    ['a typed name close to a default is kept', 'EMRServerlessJobRuntimeRole2', 'eks', 'EMRServerlessJobRuntimeRole2'],
  ])('%s', (_case, roleName, target, expected) => {
    expect(roleNameForTarget(roleName, target)).toBe(expected)
  })
})
