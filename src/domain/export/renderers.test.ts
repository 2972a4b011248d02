import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { configSchema, type Config } from '../config/schema'
import { eksTestConfig, testConfig } from '../test-configs'
import { expectGolden } from '../golden.test-util'
import { EXPORT_GOLDEN_CONFIGS } from './golden-configs.test-util'
import { buildRoleBundle, type RoleBundle } from './role-bundle'
import { unzipSync } from 'fflate'
import { allExportFiles, renderExports } from './export-files'
import { readCloudFormation, readTerraform, sortTags, type DeployedRole } from './read-exports.test-util'
import { renderAwsCli } from './render-aws-cli'
import { zipFiles } from './zip'

const GOLDEN_DIR = join(import.meta.dirname, 'golden')

const CONFIGS = EXPORT_GOLDEN_CONFIGS

const bundles = Object.entries(CONFIGS).map(([name, config]) => {
  const parsed = configSchema.parse(config)
  return [name, parsed, buildRoleBundle(parsed)] as const
})

describe.each(bundles)('%s', (name, config, bundle) => {
  const files = Object.fromEntries(renderExports(config).map((f) => [f.id, f.text]))

  it('matches its golden files', () => {
    for (const [id, text] of Object.entries(files)) expectGolden(join(GOLDEN_DIR, `${name}.${id}.txt`), text)
  })

  const deployed = (b: RoleBundle): DeployedRole => ({
    roleName: b.roleName,
    path: b.rolePath,
    trustPolicy: b.trustPolicy,
    inlinePolicy: b.inlinePolicy?.document ?? null,
    managedPolicyArns: b.managedPolicyArns,
    submitterPolicy: b.submitterPolicy?.document ?? null,
    settings: { ...b.settings, description: b.settings.description ?? b.description, tags: sortTags(b.settings.tags) },
  })

  it('every format writes each statement of the submitters’ policy', () => {
    const sids = bundle.submitterPolicy?.document.Statement.map((statement) => statement.Sid ?? '') ?? []
    for (const text of [files['aws-cli'], files.cloudformation, files.terraform]) {
      for (const sid of sids) expect(text).toContain(sid)
    }
  })

  it('CloudFormation: the parsed YAML, resolved in this account, holds the same documents', () => {
    expect(readCloudFormation(files.cloudformation ?? '', bundle)).toEqual(deployed(bundle))
    expect(files.cloudformation).not.toContain(bundle.roleArn)
  })

  it('Terraform: HashiCorp’s HCL parser reads the same documents, with no template to evaluate', async () => {
    expect(await readTerraform(files.terraform ?? '')).toEqual(deployed(bundle))
  })

  it('AWS CLI: clean under shellcheck; the documents it passes to a fake aws equal the JSON output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emr-role-cli-'))
    const script = join(dir, 'create.sh')
    writeFileSync(script, files['aws-cli'] ?? '')
    const shellcheck = spawnSync('shellcheck', ['--severity=style', script], { encoding: 'utf8' })
    expect(shellcheck.stdout).toBe('')
    // Every option takes its value as --option=value, so a value starting with "-" is never read as an option.
    const spaced = [...(files['aws-cli'] ?? '').matchAll(/ (--[a-z][a-z-]*)(?![a-z=-])/g)].map((m) => m[1])
    expect(spaced.filter((option) => !['--set-as-default', '--dry-run', '--help'].includes(option ?? ''))).toEqual([])

    // A new account: the fake answers who the caller is, and that neither the role nor the policy exists yet.
    // (aws-cli-script.test.ts runs the script with the real AWS CLI against a stand-in for IAM.)
    const fakeAws = join(dir, 'bin', 'aws')
    mkdirSync(join(dir, 'bin'))
    writeFileSync(
      fakeAws,
      [
        '#!/usr/bin/env bash',
        'echo "$*" >> "$AWS_LOG/calls.txt"',
        'for arg in "$@"; do case "$arg" in --*=file://*) cp "${arg#*=file://}" "$AWS_LOG/";; esac; done',
        'case "$1 $2" in',
        '  "sts get-caller-identity") echo "arn:$PARTITION:sts::$ACCOUNT:assumed-role/deployer/ci" ;;',
        '  "iam get-role" | "iam list-policy-versions") echo "An error occurred (NoSuchEntity)" >&2; exit 254 ;;',
        '  "eks list-pod-identity-associations") echo None ;;',
        'esac',
      ].join('\n'),
    )
    chmodSync(fakeAws, 0o755)
    const log = mkdtempSync(join(dir, 'run-'))
    const env = { PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}`, AWS_LOG: log, PARTITION: bundle.partition, ACCOUNT: bundle.accountId }
    execFileSync('bash', [script], { env })
    const calls = readFileSync(join(log, 'calls.txt'), 'utf8')
    const json = (file: string) => JSON.parse(readFileSync(join(log, file), 'utf8')) as unknown
    expect(json('trust-policy.json')).toEqual(bundle.trustPolicy)
    if (bundle.inlinePolicy) expect(json(bundle.inlinePolicy.fileName)).toEqual(bundle.inlinePolicy.document)
    if (bundle.submitterPolicy) expect(json(bundle.submitterPolicy.fileName)).toEqual(bundle.submitterPolicy.document)
    expect(readdirSync(log).filter((f) => f.endsWith('.json')).length).toBe(
      1 + (bundle.inlinePolicy ? 1 : 0) + (bundle.submitterPolicy ? 1 : 0) + (bundle.settings.tags.length > 0 ? 1 : 0),
    )
    expect(calls).toContain(`iam create-role --role-name=${bundle.roleName} --path=${bundle.rolePath}`)
    const { permissionsBoundary, maxSessionDuration, tags } = bundle.settings
    if (permissionsBoundary !== null) expect(calls).toContain(`--permissions-boundary=${permissionsBoundary}`)
    if (maxSessionDuration !== null) expect(calls).toContain(`--max-session-duration=${maxSessionDuration}`)
    if (tags.length > 0) expect(json('tags.json')).toEqual(tags)
    for (const arn of bundle.managedPolicyArns) expect(calls).toContain(`attach-role-policy --role-name=${bundle.roleName} --policy-arn=${arn}`)
  })
})

/** Valid names and paths that a careless script would expand, split or read as options. */
const HOSTILE_CONFIGS: Record<string, Config> = {
  'a path with every shell metacharacter': testConfig({ rolePath: `/a$b\`c'd"e!f\\g$HOME%{x}/`, s3Access: 'all' }),
  'a role name starting with a dash': eksTestConfig(
    { roleName: '-team-role', rolePath: '/$(id)/' },
    { submitters: { ...eksTestConfig().eks.submitters, enabled: true, virtualClusterIds: [{ id: 'abc123' }], limit: 'prefix', rolePrefix: 'team-' } },
  ),
}

describe.each(Object.entries(HOSTILE_CONFIGS))('AWS CLI with %s', (_, config) => {
  it('is clean under shellcheck', () => {
    const parsed = configSchema.parse(config)
    const dir = mkdtempSync(join(tmpdir(), 'emr-role-cli-'))
    const script = join(dir, 'create.sh')
    writeFileSync(script, renderAwsCli(buildRoleBundle(parsed)))
    const shellcheck = spawnSync('shellcheck', ['--severity=style', script], { encoding: 'utf8' })
    expect(shellcheck.stdout).toBe('')
    expect(shellcheck.status).toBe(0)
  })
})

describe('Download all', () => {
  it('zips every document and format in a folder named after the role', () => {
    const config = configSchema.parse(CONFIGS.eks)
    const files = allExportFiles(config)
    const unzipped = unzipSync(zipFiles(config.roleName, files))
    expect(Object.keys(unzipped).sort()).toEqual(
      [
        'myrole/create-myrole.sh',
        'myrole/myrole-config.json',
        'myrole/myrole-permissions-policy.json',
        'myrole/myrole-startjobrun-policy.json',
        'myrole/myrole-trust-policy.json',
        'myrole/myrole.cfn.yaml',
        'myrole/myrole.tf',
      ].sort(),
    )
    expect(new TextDecoder().decode(unzipped['myrole/myrole.tf'])).toBe(files.find((f) => f.id === 'terraform')?.text)
  })
})
