import { parseDocument } from 'yaml'
import { resolveIntrinsics } from './cloudformation-intrinsics'
import { emptyPastedRole, isRecord, stringOf, type PastedRole } from './pasted-role'

/** CloudFormation's short forms (!Sub, !Ref, …) as the long ones, so the YAML reader keeps what they say. */
const FUNCTIONS = ['Sub', 'Join', 'GetAtt', 'If', 'Select', 'Split', 'FindInMap', 'ImportValue', 'Base64', 'Cidr', 'GetAZs', 'Equals', 'Not', 'And', 'Or']
const CUSTOM_TAGS = [
  { tag: '!Ref', resolve: (value: string) => ({ Ref: value }) },
  { tag: '!Condition', resolve: (value: string) => ({ Condition: value }) },
  ...FUNCTIONS.flatMap((name) => [
    { tag: `!${name}`, resolve: (value: string) => ({ [`Fn::${name}`]: value }) },
    { tag: `!${name}`, collection: 'seq' as const, resolve: (value: { toJSON(): unknown }) => ({ [`Fn::${name}`]: value.toJSON() }) },
  ]),
]

/** Reads YAML text (a CloudFormation template); null when it is not YAML at all. */
export function parseYamlTemplate(text: string): { value: unknown; warnings: string[] } | null {
  try {
    const document = parseDocument(text, { customTags: CUSTOM_TAGS, logLevel: 'silent', uniqueKeys: false })
    if (document.errors.length > 0) return null
    return { value: document.toJS({ maxAliasCount: 50 }) as unknown, warnings: document.warnings.map((warning) => warning.message) }
  } catch {
    return null
  }
}

export function isCloudFormationTemplate(value: unknown): boolean {
  return isRecord(value) && (isRecord(value.Resources) || value.Type === 'AWS::IAM::Role')
}

/**
 * The first AWS::IAM::Role of a template (or a lone role resource): its name, path, description, session length,
 * boundary, tags, trust policy, inline Policies and ManagedPolicyArns; AWS::IAM::Policy and AWS::IAM::RolePolicy
 * resources that name the role are read as inline policies too.
 */
export function readCloudFormation(template: unknown): PastedRole {
  const role = emptyPastedRole()
  role.sources.push('a CloudFormation template')
  const resources = isRecord(template) && isRecord(template.Resources) ? template.Resources : { Role: template }
  const entries = Object.entries(resources).filter(([, resource]) => isRecord(resource))
  const roles = entries.filter(([, resource]) => (resource as Record<string, unknown>).Type === 'AWS::IAM::Role')
  const [logicalId, found] = roles[0] ?? []
  if (logicalId === undefined || !isRecord(found)) {
    role.unrecognised.push('The template has no AWS::IAM::Role resource.')
    return role
  }
  if (roles.length > 1) role.unrecognised.push(`The template has ${roles.length} roles; only ${logicalId} was read.`)
  const properties = resolveIntrinsics(isRecord(found.Properties) ? found.Properties : {}, role.unrecognised) as Record<string, unknown>
  role.roleName = stringOf(properties.RoleName)
  role.path = stringOf(properties.Path)
  role.description = stringOf(properties.Description)
  if (typeof properties.MaxSessionDuration === 'number') role.maxSessionDuration = properties.MaxSessionDuration
  role.permissionsBoundary = stringOf(properties.PermissionsBoundary)
  if (Array.isArray(properties.Tags)) {
    role.tags = properties.Tags.flatMap((tag) => (isRecord(tag) && typeof tag.Key === 'string' ? [{ key: tag.Key, value: typeof tag.Value === 'string' ? tag.Value : JSON.stringify(tag.Value ?? '') }] : []))
  }
  role.trustPolicy = properties.AssumeRolePolicyDocument
  if (Array.isArray(properties.Policies)) {
    properties.Policies.forEach((policy, index) => {
      if (isRecord(policy)) role.inlinePolicies.push({ name: stringOf(policy.PolicyName) ?? `policy ${index + 1}`, document: policy.PolicyDocument })
    })
  }
  if (Array.isArray(properties.ManagedPolicyArns)) {
    for (const arn of properties.ManagedPolicyArns) {
      if (typeof arn === 'string') role.managedPolicyArns.push(arn)
    }
  }
  for (const [id, resource] of entries) {
    if (id === logicalId || !isRecord(resource)) continue
    const type = String(resource.Type)
    if ((type === 'AWS::IAM::Policy' || type === 'AWS::IAM::RolePolicy') && namesRole(resource.Properties, logicalId)) {
      const policy = resolveIntrinsics(resource.Properties, role.unrecognised) as Record<string, unknown>
      role.inlinePolicies.push({ name: stringOf(policy.PolicyName) ?? id, document: policy.PolicyDocument })
    } else if (type !== 'AWS::IAM::Role') {
      role.unrecognised.push(`${id} (${type}) is not part of the role and was not read.`)
    }
  }
  return role
}

/** Whether a policy resource's Roles (AWS::IAM::Policy) or RoleName (AWS::IAM::RolePolicy) refer to the role. */
function namesRole(properties: unknown, logicalId: string): boolean {
  if (!isRecord(properties)) return false
  const roles: unknown[] = Array.isArray(properties.Roles) ? properties.Roles : []
  const refs = [...roles, properties.RoleName]
  return refs.some((ref) => isRecord(ref) && ref.Ref === logicalId)
}
