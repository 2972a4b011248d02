import { emptyPastedRole, excerpt, isRecord, readPolicyValue, stringOf, type PastedRole } from './pasted-role'
import type { PastedPiece } from './split-json-values'

/**
 * Reads the output of `aws iam get-role` ({"Role": {...}}), `aws iam get-role-policy` ({"RoleName", "PolicyName",
 * "PolicyDocument"}) and `aws iam list-attached-role-policies` ({"AttachedPolicies": [...]}), one or several pasted
 * one after another, and bare policy documents (a trust policy when it has a Principal, else a permissions policy).
 */
export function readAwsCliOutput(pieces: readonly PastedPiece[]): PastedRole {
  const role = emptyPastedRole()
  let bare = 0
  for (const piece of pieces) {
    if (piece.kind === 'text') {
      role.unrecognised.push(`Text that is not JSON: "${excerpt(piece.text)}"`)
      continue
    }
    const value = piece.value
    if (isRecord(value) && isRecord(value.Role)) {
      readGetRole(value.Role, role)
      note(role, 'aws iam get-role')
    } else if (isRecord(value) && 'PolicyDocument' in value && ('PolicyName' in value || 'RoleName' in value)) {
      const name = stringOf(value.PolicyName) ?? `policy ${role.inlinePolicies.length + 1}`
      role.inlinePolicies.push({ name, document: readPolicyValue(value.PolicyDocument) })
      role.roleName ??= stringOf(value.RoleName)
      note(role, 'aws iam get-role-policy')
    } else if (isRecord(value) && Array.isArray(value.AttachedPolicies)) {
      for (const attached of value.AttachedPolicies) {
        const arn = isRecord(attached) ? stringOf(attached.PolicyArn) : undefined
        if (arn === undefined) role.unrecognised.push(`An attached policy without a PolicyArn: ${excerpt(attached)}`)
        else role.managedPolicyArns.push(arn)
      }
      note(role, 'aws iam list-attached-role-policies')
    } else if (isRecord(value) && Array.isArray(value.PolicyNames)) {
      role.unrecognised.push(
        `The names of inline policies (${value.PolicyNames.map(String).join(', ')}) without their documents: paste each one's aws iam get-role-policy output.`,
      )
    } else if (isRecord(value) && 'Statement' in value) {
      bare += 1
      if (hasPrincipal(value)) role.trustPolicy = value
      else role.inlinePolicies.push({ name: `pasted policy ${bare}`, document: value })
      note(role, 'a policy document')
    } else {
      role.unrecognised.push(`JSON that is not a role, a role policy or a list of attached policies: ${excerpt(value)}`)
    }
  }
  return role
}

function readGetRole(value: Record<string, unknown>, role: PastedRole): void {
  role.roleName = stringOf(value.RoleName) ?? role.roleName
  role.path = stringOf(value.Path) ?? role.path
  role.arn = stringOf(value.Arn) ?? role.arn
  role.description = stringOf(value.Description) ?? role.description
  if (typeof value.MaxSessionDuration === 'number') role.maxSessionDuration = value.MaxSessionDuration
  if (isRecord(value.PermissionsBoundary)) role.permissionsBoundary = stringOf(value.PermissionsBoundary.PermissionsBoundaryArn)
  if (Array.isArray(value.Tags)) {
    role.tags = value.Tags.flatMap((tag) =>
      isRecord(tag) && typeof tag.Key === 'string' ? [{ key: tag.Key, value: stringOf(tag.Value) ?? '' }] : [],
    )
  }
  if (value.AssumeRolePolicyDocument !== undefined) role.trustPolicy = readPolicyValue(value.AssumeRolePolicyDocument)
}

function hasPrincipal(document: Record<string, unknown>): boolean {
  const statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement]
  return statements.some((statement) => isRecord(statement) && ('Principal' in statement || 'NotPrincipal' in statement))
}

function note(role: PastedRole, source: string): void {
  if (!role.sources.includes(source)) role.sources.push(source)
}
