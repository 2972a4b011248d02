import type { Config } from '../config/schema'
import { buildRoleDocuments } from '../role/build-role-documents'

/**
 * What `aws iam get-role`, `get-role-policy` and `list-attached-role-policies` print for the role this tool writes
 * for `config`, pasted one after another (the shapes of the AWS CLI reference examples).
 */
export function pastedCliOutput(config: Config): string {
  const documents = buildRoleDocuments(config)
  const path = config.rolePath === '' ? '/' : config.rolePath
  const role = {
    Role: {
      Path: path,
      RoleName: config.roleName,
      RoleId: 'AROADBQP57FF2AEXAMPLE',
      Arn: documents.roleArn,
      CreateDate: '2026-01-02T03:04:05+00:00',
      AssumeRolePolicyDocument: documents.trustPolicy,
      MaxSessionDuration: 3600,
    },
  }
  const parts = [JSON.stringify(role, null, 4)]
  if (documents.permissionsPolicy !== null) {
    parts.push(JSON.stringify({ RoleName: config.roleName, PolicyName: `${config.roleName}-permissions`, PolicyDocument: documents.permissionsPolicy }, null, 4))
  }
  const attached = documents.managedPolicyArns.map((arn) => ({ PolicyName: arn.split('/').pop(), PolicyArn: arn }))
  parts.push(JSON.stringify({ AttachedPolicies: attached }, null, 4))
  return parts.join('\n')
}
