import { formatPolicy, type PolicyDocument } from '../iam/policy'
import type { RoleBundle } from './role-bundle'
import { podIdentityBlocks } from './pod-identity-terraform'

/**
 * Escapes what starts a Terraform template sequence: "${" (interpolation) becomes "$${" and "%{" (directive) "%%{".
 * Replacement functions, not strings: in a replacement string "$$" stands for one "$".
 */
export function escapeTemplate(text: string): string {
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{')
}

/** HCL's quoted-string escapes lack JSON's \b and \f; \uNNNN is common to both. */
const JSON_ONLY_ESCAPES: Record<string, string> = { '\\b': '\\u0008', '\\f': '\\u000c' }

/** An HCL string literal that Terraform reads as exactly `value`: never a template. */
export function hclString(value: string): string {
  const quoted = JSON.stringify(value).replace(/\\\\|\\[bf]/g, (escape) => JSON_ONLY_ESCAPES[escape] ?? escape)
  return escapeTemplate(quoted)
}

/** A policy as an indented heredoc, escaped the same way, so the file holds the exact JSON of the preview. */
function heredoc(policy: PolicyDocument, indent: string): string {
  const body = escapeTemplate(formatPolicy(policy))
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => `${indent}  ${line}`)
    .join('\n')
  return `<<-EOT\n${body}\n${indent}EOT`
}

/** The role's permissions boundary, maximum session duration and tags: lines only for what is set. */
function roleSettings({ settings }: RoleBundle): string[] {
  const lines: string[] = []
  if (settings.permissionsBoundary !== null) lines.push(`  permissions_boundary = ${hclString(settings.permissionsBoundary)}`)
  if (settings.maxSessionDuration !== null) lines.push(`  max_session_duration = ${settings.maxSessionDuration}`)
  if (settings.tags.length > 0) {
    lines.push('  tags                 = {', ...settings.tags.map(({ Key, Value }) => `    ${hclString(Key)} = ${hclString(Value)}`), '  }')
  }
  return lines
}

function resourceName(arn: string): string {
  const name = arn.split('/').pop() ?? 'policy'
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9_]/g, '_').toLowerCase()
}

/** Terraform (HCL) for the hashicorp/aws provider: role, inline policy, attachments and the submitters' policy. */
export function renderTerraform(bundle: RoleBundle): string {
  const blocks: string[] = [
    [
      'resource "aws_iam_role" "job" {',
      `  name               = ${hclString(bundle.roleName)}`,
      `  path               = ${hclString(bundle.rolePath)}`,
      `  description        = ${hclString(bundle.settings.description ?? bundle.description)}`,
      `  assume_role_policy = ${heredoc(bundle.trustPolicy, '  ')}`,
      ...roleSettings(bundle),
      '}',
    ].join('\n'),
  ]
  if (bundle.inlinePolicy) {
    blocks.push(
      [
        'resource "aws_iam_role_policy" "permissions" {',
        `  name   = ${hclString(bundle.inlinePolicy.name)}`,
        '  role   = aws_iam_role.job.id',
        `  policy = ${heredoc(bundle.inlinePolicy.document, '  ')}`,
        '}',
      ].join('\n'),
    )
  }
  for (const arn of bundle.managedPolicyArns) {
    blocks.push(
      [
        `resource "aws_iam_role_policy_attachment" ${hclString(resourceName(arn))} {`,
        '  role       = aws_iam_role.job.name',
        `  policy_arn = ${hclString(arn)}`,
        '}',
      ].join('\n'),
    )
  }
  blocks.push(...podIdentityBlocks(bundle.podIdentityAssociations, hclString))
  const outputs = ['output "role_arn" {', '  value = aws_iam_role.job.arn', '}']
  if (bundle.submitterPolicy) {
    blocks.push(
      [
        'resource "aws_iam_policy" "submitters" {',
        `  name        = ${hclString(bundle.submitterPolicy.name)}`,
        `  description = ${hclString(bundle.submitterPolicy.description)}`,
        `  policy      = ${heredoc(bundle.submitterPolicy.document, '  ')}`,
        '}',
      ].join('\n'),
    )
    outputs.push('', 'output "submitters_policy_arn" {', '  value = aws_iam_policy.submitters.arn', '}')
  }
  return `# ${bundle.description}.\n\n${[...blocks, outputs.join('\n')].join('\n\n')}\n`
}
