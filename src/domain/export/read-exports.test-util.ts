// Reads the exports back with real parsers, as CloudFormation and Terraform would: shared by the renderer tests.
import hcl2json from '@cdktf/hcl2json'
import { parse as parseYaml } from 'yaml'

export interface Location {
  partition: string
  accountId: string
  region: string
}

const PSEUDO: Record<string, keyof Location> = {
  'AWS::Partition': 'partition',
  'AWS::AccountId': 'accountId',
  'AWS::Region': 'region',
}

/** Fn::Sub as CloudFormation evaluates it: "${!x}" is the literal "${x}"; any other variable must be a pseudo parameter. */
export function evaluateSub(template: string, where: Location): string {
  let out = ''
  let i = 0
  while (i < template.length) {
    const start = template.indexOf('${', i)
    if (start === -1) return out + template.slice(i)
    out += template.slice(i, start)
    if (template[start + 2] === '!') {
      out += '${'
      i = start + 3
      continue
    }
    const end = template.indexOf('}', start)
    const name = template.slice(start + 2, end)
    const key = PSEUDO[name]
    if (end === -1 || key === undefined) throw new Error(`Fn::Sub would fail on \${${name}} in ${JSON.stringify(template)}`)
    out += where[key]
    i = end + 1
  }
  return out
}

/** Resolves every Fn::Sub in a template fragment for one account, partition and region. */
export function resolveSubs(value: unknown, where: Location): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveSubs(v, where))
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
    const [first] = entries
    if (entries.length === 1 && first?.[0] === 'Fn::Sub') {
      if (typeof first[1] !== 'string') throw new Error('Fn::Sub with variables is not used by this tool')
      return evaluateSub(first[1], where)
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, resolveSubs(v, where)]))
  }
  return value
}

export interface DeployedRole {
  roleName: unknown
  path: unknown
  trustPolicy: unknown
  inlinePolicy: unknown
  managedPolicyArns: unknown
  submitterPolicy: unknown
}

interface CfnTemplate {
  Resources: {
    JobRole: {
      Properties: {
        RoleName: unknown
        Path: unknown
        AssumeRolePolicyDocument: unknown
        Policies?: { PolicyDocument: unknown }[]
        ManagedPolicyArns?: unknown[]
      }
    }
    JobSubmittersPolicy?: { Properties: { PolicyDocument: unknown } }
  }
}

/** The role a CloudFormation template would create in `where`. */
export function readCloudFormation(text: string, where: Location): DeployedRole {
  const template = parseYaml(text, { strict: true, uniqueKeys: true }) as CfnTemplate
  const role = template.Resources.JobRole.Properties
  return {
    roleName: resolveSubs(role.RoleName, where),
    path: resolveSubs(role.Path, where),
    trustPolicy: resolveSubs(role.AssumeRolePolicyDocument, where),
    inlinePolicy: resolveSubs(role.Policies?.[0]?.PolicyDocument ?? null, where),
    managedPolicyArns: resolveSubs(role.ManagedPolicyArns ?? [], where),
    submitterPolicy: resolveSubs(template.Resources.JobSubmittersPolicy?.Properties.PolicyDocument ?? null, where),
  }
}

type Block = Record<string, unknown>[]
interface TerraformFile {
  resource: {
    aws_iam_role: { job: Block }
    aws_iam_role_policy?: { permissions: Block }
    aws_iam_role_policy_attachment?: Record<string, Block>
    aws_iam_policy?: { submitters: Block }
  }
}

/**
 * The literal value of a string attribute as HashiCorp's HCL parser reads it. hcl2json keeps template sequences in
 * source form ("$${" for a literal "${", "${x}" for an interpolation), so the string is parsed once more as a
 * template: any part that is not literal text (an interpolation or a directive) is an error.
 */
async function literal(value: unknown): Promise<string> {
  if (typeof value !== 'string') throw new Error(`expected a string, got ${JSON.stringify(value)}`)
  const ast = (await hcl2json.getExpressionAst('check.tf', `<<EOT_LITERAL_CHECK\n${value}\nEOT_LITERAL_CHECK\n`)) as {
    children: { type: string; meta: { type?: string } }[]
  } | null
  const parts = ast?.children ?? []
  const template = parts.find((part) => part.type !== 'literalValue' || part.meta.type !== 'string')
  if (template !== undefined) throw new Error(`Terraform would evaluate a template (${template.type}) in ${JSON.stringify(value)}`)
  return value.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{')
}

const json = async (value: unknown) => (value === undefined ? null : (JSON.parse(await literal(value)) as unknown))

/** The role `terraform apply` would create, read with HashiCorp's parser; throws where Terraform would interpolate. */
export async function readTerraform(text: string): Promise<DeployedRole> {
  const parsed = (await hcl2json.parse('role.tf', text)) as TerraformFile
  const { resource } = parsed
  const role = resource.aws_iam_role.job[0] ?? {}
  const attachments = Object.values(resource.aws_iam_role_policy_attachment ?? {}).map((block) => block[0]?.policy_arn)
  return {
    roleName: await literal(role.name),
    path: await literal(role.path),
    trustPolicy: await json(role.assume_role_policy),
    inlinePolicy: await json(resource.aws_iam_role_policy?.permissions[0]?.policy),
    managedPolicyArns: await Promise.all(attachments.map(literal)),
    submitterPolicy: await json(resource.aws_iam_policy?.submitters[0]?.policy),
  }
}
