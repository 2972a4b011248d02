import { isExpression, readHcl, type HclBlock, type HclValue } from './hcl-reader'
import { PSEUDO } from './cloudformation-intrinsics'
import { emptyPastedRole, readPolicyValue, type PastedRole } from './pasted-role'

export function looksLikeTerraform(text: string): boolean {
  return /\bresource\s+"aws_iam_role"/.test(text)
}

/** Blocks a role file usually holds beside the role that say nothing about it. */
const QUIET = new Set(['data.aws_caller_identity', 'data.aws_partition', 'data.aws_region', 'provider', 'terraform', 'variable', 'locals', 'output'])

/**
 * The first `aws_iam_role` of a Terraform file: name, path, description, max_session_duration,
 * permissions_boundary, tags, assume_role_policy, inline_policy blocks and managed_policy_arns; with the
 * `aws_iam_role_policy` and `aws_iam_role_policy_attachment` resources beside it. Policies may be jsonencode({…})
 * or JSON text (a heredoc); anything else is reported.
 */
export function readTerraform(text: string): PastedRole {
  const role = emptyPastedRole()
  role.sources.push('a Terraform configuration')
  let blocks: HclBlock[]
  try {
    blocks = readHcl(text, role.unrecognised)
  } catch (error) {
    role.unrecognised.push(`The Terraform could not be read to its end (${error instanceof Error ? error.message : 'unknown problem'}).`)
    return role
  }
  const roles = blocks.filter((block) => block.type === 'resource' && block.labels[0] === 'aws_iam_role')
  const [found] = roles
  if (found === undefined) {
    role.unrecognised.push('The Terraform has no resource "aws_iam_role".')
    return role
  }
  if (roles.length > 1) role.unrecognised.push(`The Terraform has ${roles.length} roles; only ${found.labels[1] ?? ''} was read.`)
  const value = (block: HclBlock, key: string) => normalise(block.attributes.get(key), role.unrecognised, `${block.labels.join('.')}.${key}`)
  const text_ = (block: HclBlock, key: string) => {
    const v = value(block, key)
    return typeof v === 'string' ? v : undefined
  }
  role.roleName = text_(found, 'name')
  role.path = text_(found, 'path')
  role.description = text_(found, 'description')
  const seconds = value(found, 'max_session_duration')
  if (typeof seconds === 'number') role.maxSessionDuration = seconds
  role.permissionsBoundary = text_(found, 'permissions_boundary')
  const tags = value(found, 'tags')
  if (isPlainObject(tags)) role.tags = Object.entries(tags).map(([key, tag]) => ({ key, value: typeof tag === 'string' ? tag : String(tag) }))
  role.trustPolicy = policyOf(value(found, 'assume_role_policy'), role, 'assume_role_policy')
  const managed = value(found, 'managed_policy_arns')
  if (Array.isArray(managed)) role.managedPolicyArns.push(...managed.filter((arn): arn is string => typeof arn === 'string'))
  for (const inline of found.blocks.filter((block) => block.type === 'inline_policy')) {
    const name = text_(inline, 'name') ?? 'inline_policy'
    role.inlinePolicies.push({ name, document: policyOf(value(inline, 'policy'), role, name) })
  }
  for (const block of blocks) {
    if (block === found) continue
    const kind = block.type === 'data' || block.type === 'resource' ? block.labels[0] : undefined
    if (kind === 'aws_iam_role_policy') {
      const name = text_(block, 'name') ?? block.labels[1] ?? 'policy'
      role.inlinePolicies.push({ name, document: policyOf(value(block, 'policy'), role, name) })
    } else if (kind === 'aws_iam_role_policy_attachment') {
      const arn = text_(block, 'policy_arn')
      if (arn !== undefined) role.managedPolicyArns.push(arn)
    } else if (!QUIET.has(block.type === 'data' ? `data.${kind ?? ''}` : block.type)) {
      role.unrecognised.push(`${[block.type, ...block.labels].join(' ')} (line ${block.line}) is not part of the role and was not read.`)
    }
  }
  return role
}

function policyOf(value: unknown, role: PastedRole, where: string): unknown {
  if (value === undefined) return undefined
  const policy = readPolicyValue(value)
  if (typeof policy === 'string') role.unrecognised.push(`The policy of ${where} is not JSON or jsonencode({…}): "${policy.slice(0, 60)}".`)
  return policy
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Where Terraform's usual data sources say the partition, account and region; filled in like CloudFormation's. */
const DATA_SOURCES: [RegExp, string][] = [
  [/^data\.aws_partition\.\w+\.partition$/, PSEUDO.partition],
  [/^data\.aws_caller_identity\.\w+\.account_id$/, PSEUDO.accountId],
  [/^data\.aws_region\.\w+\.(name|region|id)$/, PSEUDO.region],
]

/** A value as plain JSON: interpolations of the usual data sources become `${AWS::…}`, others `<…>` and a note. */
function normalise(value: HclValue | undefined, problems: string[], where: string): unknown {
  if (value === undefined) return undefined
  if (isExpression(value)) {
    const known = DATA_SOURCES.find(([pattern]) => pattern.test(value.expression))
    if (known) return known[1]
    if (!/^aws_iam_role\.\w+\.(id|name)$/.test(value.expression)) problems.push(`${where} is ${value.expression}, which cannot be worked out here.`)
    return `<${value.expression}>`
  }
  if (typeof value === 'string') {
    return value.replace(/\$\{([^}]*)\}/g, (_, inner: string) => {
      const known = DATA_SOURCES.find(([pattern]) => pattern.test(inner.trim()))
      if (known) return known[1]
      problems.push(`\${${inner}} in ${where} cannot be worked out here; it is kept as <${inner}>.`)
      return `<${inner}>`
    })
  }
  if (Array.isArray(value)) return value.map((item) => normalise(item, problems, where))
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalise(item, problems, where)]))
  return value
}
