import type { GlueAccess } from '../config/schema'
import type { RoleContext } from '../context/role-context'
import { glueArn } from '../iam/arn'
import { sortedUnique, type Statement } from '../iam/policy'

export const GLUE_READ_ACTIONS = sortedUnique([
  'glue:GetDatabase',
  'glue:GetDatabases',
  'glue:GetTable',
  'glue:GetTables',
  'glue:GetPartition',
  'glue:GetPartitions',
  'glue:GetUserDefinedFunctions',
])

/** The 13 actions of AWS's sample policy, with `glue:GetDataBases` written correctly. */
export const GLUE_CREATE_AND_READ_ACTIONS = sortedUnique([
  ...GLUE_READ_ACTIONS,
  'glue:CreateDatabase',
  'glue:CreateTable',
  'glue:UpdateTable',
  'glue:DeleteTable',
  'glue:CreatePartition',
  'glue:BatchCreatePartition',
])

/** Glue Data Catalog access, limited to the role's own account and region rather than "*". */
export function buildGlueStatements(context: RoleContext, access: GlueAccess): Statement[] {
  if (access === 'none') return []
  const resources = ['catalog', 'database/*', 'table/*/*', 'userDefinedFunction/*/*'].map((resource) =>
    glueArn(context, resource),
  )
  return [
    access === 'read'
      ? { Sid: 'GlueReadDataCatalog', Effect: 'Allow', Action: GLUE_READ_ACTIONS, Resource: resources }
      : { Sid: 'GlueCreateAndReadDataCatalog', Effect: 'Allow', Action: GLUE_CREATE_AND_READ_ACTIONS, Resource: resources },
  ]
}
