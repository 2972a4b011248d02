// Reads the exports back with real parsers, as CloudFormation and Terraform would: shared by the renderer tests.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
  /** The role's description, permissions boundary, maximum session duration and tags. */
  settings: { description: unknown; permissionsBoundary: unknown; maxSessionDuration: unknown; tags: unknown }
}

/** Tags in key order: a role's tags are a set (Terraform writes them as a map, which HCL readers sort). */
export function sortTags(tags: unknown): unknown {
  return Array.isArray(tags) ? [...(tags as { Key: string }[])].sort((a, b) => (a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0)) : tags
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
        Description?: unknown
        PermissionsBoundary?: unknown
        MaxSessionDuration?: unknown
        Tags?: unknown
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
    settings: {
      description: resolveSubs(role.Description, where),
      permissionsBoundary: resolveSubs(role.PermissionsBoundary ?? null, where),
      maxSessionDuration: role.MaxSessionDuration ?? null,
      tags: sortTags(resolveSubs(role.Tags ?? [], where)),
    },
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
    settings: {
      description: await literal(role.description),
      permissionsBoundary: role.permissions_boundary === undefined ? null : await literal(role.permissions_boundary),
      maxSessionDuration: role.max_session_duration ?? null,
      tags: sortTags(
        await Promise.all(
          Object.entries((role.tags ?? {}) as Record<string, unknown>).map(async ([key, value]) => ({ Key: await literal(key), Value: await literal(value) })),
        ),
      ),
    },
  }
}

/** What the AWS CLI script hands to the AWS CLI: the role's name and path, and the policy files it wrote. */
export interface ScriptHandOver {
  roleName: string | undefined
  path: string | undefined
  description: string | undefined
  files: Record<string, unknown>
}

/**
 * Runs the script with bash and a stand-in `aws` that records every argument exactly (NUL-separated) and copies the
 * policy files the script wrote, signs in to `accountId`, says the role does not exist, and fails the first change
 * (create-role), so nothing else runs. What bash passed is what the real CLI would have received.
 */
export function readAwsCliScript(script: string, accountId: string, partition: string): ScriptHandOver {
  const dir = mkdtempSync(join(tmpdir(), 'emr-role-script-'))
  const bin = join(dir, 'bin')
  const out = join(dir, 'out')
  const tmp = join(dir, 'tmp')
  for (const folder of [bin, out, tmp]) mkdirSync(folder)
  writeFileSync(
    join(bin, 'aws'),
    [
      '#!/usr/bin/env bash',
      'n=$(ls "$OUT" | wc -l)',
      'printf "%s\\0" "$@" > "$OUT/call-$n.args"',
      'cp "$TMPDIR"/tmp.*/*.json "$OUT/" 2>/dev/null || true',
      'case "$1 $2" in',
      `  "sts get-caller-identity") echo "arn:${partition}:sts::${accountId}:assumed-role/Deployer/ci";;`,
      '  "iam get-role") echo "An error occurred (NoSuchEntity) when calling the GetRole operation" >&2; exit 254;;',
      '  *) exit 3;;',
      'esac',
    ].join('\n'),
  )
  chmodSync(join(bin, 'aws'), 0o755)
  writeFileSync(join(dir, 'script.sh'), script)
  spawnSync('bash', [join(dir, 'script.sh')], {
    env: { PATH: `${bin}:/usr/bin:/bin`, OUT: out, TMPDIR: tmp },
    encoding: 'utf8',
  })
  const calls = readdirSync(out)
    .filter((name) => name.endsWith('.args'))
    .sort((a, b) => Number(a.slice(5, -5)) - Number(b.slice(5, -5)))
    .map((name) => readFileSync(join(out, name), 'utf8').split('\0').slice(0, -1))
  const option = (name: string) =>
    calls.flatMap((args) => args.filter((arg) => arg.startsWith(`--${name}=`)).map((arg) => arg.slice(name.length + 3)))[0]
  const files = Object.fromEntries(
    readdirSync(out)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, JSON.parse(readFileSync(join(out, name), 'utf8')) as unknown]),
  )
  rmSync(dir, { recursive: true, force: true })
  return { roleName: option('role-name'), path: option('path'), description: option('description'), files }
}
