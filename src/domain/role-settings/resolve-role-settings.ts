import type { RoleSettings } from '../config/role-settings-schema'
import { concreteContext, type RoleContext } from '../context/role-context'

/** An IAM tag as CreateRole, TagRole, CloudFormation and GetRole spell it. */
export interface RoleTag {
  Key: string
  Value: string
}

/** The role's own settings, as every export writes them: null or empty where the answer is unset. */
export interface ResolvedRoleSettings {
  /** The description typed, or null for the one the tool writes. */
  description: string | null
  permissionsBoundary: string | null
  maxSessionDuration: number | null
  tags: RoleTag[]
}

/**
 * The settings in `context`. A boundary in the role's own account names that account through the context (so a
 * template's boundary follows the account it deploys to, as its other ARNs do); the partition always does, as
 * the field rules require the role's. An AWS managed policy, or another account's, stays as typed.
 */
export function resolveRoleSettings(settings: RoleSettings, context: RoleContext): ResolvedRoleSettings {
  return {
    description: settings.description === '' ? null : settings.description,
    permissionsBoundary: settings.permissionsBoundary === '' ? null : boundaryIn(settings.permissionsBoundary, context),
    maxSessionDuration: settings.maxSessionDuration,
    tags: settings.tags.map(({ key, value }) => ({ Key: key, Value: value })),
  }
}

function boundaryIn(arn: string, context: RoleContext): string {
  const [, , , , account = '', ...rest] = arn.split(':')
  const owner = account === concreteContext(context).accountId ? context.accountId : account
  return `arn:${context.partition}:iam::${owner}:${rest.join(':')}`
}

/** Whether any setting is set: the exports write nothing more while none is. */
export function hasRoleSettings(settings: ResolvedRoleSettings): boolean {
  const { description, permissionsBoundary, maxSessionDuration, tags } = settings
  return description !== null || permissionsBoundary !== null || maxSessionDuration !== null || tags.length > 0
}
