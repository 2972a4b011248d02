import type { Statement } from '../iam/policy'

/**
 * Lake Formation hands a job temporary credentials for the data of the tables it governs. lakeformation:GetDataAccess
 * has no resource type in the Service Authorization Reference, so it is granted on "*": which tables and locations the
 * credentials reach is decided by the data-lake administrator's Lake Formation grants, not by this policy.
 */
export function buildLakeFormationStatements(): Statement[] {
  return [{ Sid: 'LakeFormationDataAccess', Effect: 'Allow', Action: ['lakeformation:GetDataAccess'], Resource: ['*'] }]
}
