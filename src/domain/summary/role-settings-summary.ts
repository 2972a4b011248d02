import type { Config } from '../config/schema'
import type { SummaryPart } from './wording'

/**
 * The role's own settings. Only the permissions boundary changes what the role can do: it grants nothing, and the
 * role may use only what both its policies and the boundary allow (IAM User Guide, access_policies_boundaries).
 */
export function summarizeRoleSettings(config: Config): SummaryPart {
  const boundary = config.roleSettings.permissionsBoundary
  if (boundary === '') return { can: [], cannot: [] }
  return {
    can: [],
    cannot: [`Cannot use any of these permissions that its permissions boundary, ${boundary}, does not also allow: the boundary limits what the role’s policies grant, and grants nothing itself`],
  }
}
