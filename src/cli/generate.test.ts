import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { configSchema } from '../domain/config/schema'
import { buildRoleDocuments } from '../domain/role/build-role-documents'
import { exportConfigFile } from '../domain/share/config-file'
import { encodeConfig } from '../domain/share/share-codec'
import { eksTestConfig, testConfig } from '../domain/test-configs'

const root = join(import.meta.dirname, '..', '..')
const bin = join(root, 'bin', 'emr-role-builder.mjs')

/** Runs the generator as its own process, as a person or a CI job would. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() }
}

beforeAll(() => {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts'], { cwd: root, stdio: 'ignore' })
}, 60_000)

describe('emr-role-builder generate (a separate process)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'emr-role-generate-'))
  const config = configSchema.parse(eksTestConfig({ glueAccess: 'read' }))
  const configPath = join(dir, 'role.json')
  writeFileSync(configPath, exportConfigFile(config))

  it('writes every format from a configuration file and prints each path', () => {
    const out = join(dir, 'all')
    const { status, stdout } = run('generate', '--config', configPath, '--out', out)
    expect(status).toBe(0)
    const written = readdirSync(out).sort()
    expect(written).toEqual(['create-myrole.sh', 'myrole-config.json', 'myrole-permissions-policy.json', 'myrole-trust-policy.json', 'myrole.cfn.yaml', 'myrole.tf'])
    expect(stdout.split('\n').sort()).toEqual(written.map((f) => join(out, f)))
    const trust = JSON.parse(readFileSync(join(out, 'myrole-trust-policy.json'), 'utf8')) as unknown
    expect(trust).toEqual(buildRoleDocuments(config).trustPolicy)
  })

  it.each([
    ['terraform', ['myrole.tf']],
    ['cloudformation', ['myrole.cfn.yaml']],
    ['aws-cli', ['create-myrole.sh']],
    ['json', ['myrole-permissions-policy.json', 'myrole-trust-policy.json']],
  ])('--format %s', (format, expected) => {
    const out = join(dir, format)
    expect(run('generate', '--config', configPath, '--format', format, '--out', out).status).toBe(0)
    expect(readdirSync(out).sort()).toEqual(expected)
  })

  it('reads a share link instead of a file', () => {
    const serverless = configSchema.parse(testConfig())
    const out = join(dir, 'link')
    const link = `http://127.0.0.1:4173/#${encodeConfig(serverless)}`
    const { status } = run('generate', '--link', link, '--format', 'json', '--out', out)
    expect(status).toBe(0)
    expect(readdirSync(out)).toContain('EMRServerlessS3RuntimeRole-passrole-policy.json')
  })

  it('exits non-zero on an invalid configuration and names every field', () => {
    const bad = join(dir, 'bad.json')
    const invalid = { ...config, accountId: '123', roleName: 'bad name', eks: { ...config.eks, clusters: [{ ...config.eks.clusters[0], namespace: 'Bad_NS' }] } }
    writeFileSync(bad, JSON.stringify({ version: 2, config: invalid }))
    const { status, stderr, stdout } = run('generate', '--config', bad, '--out', join(dir, 'never'))
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain('Invalid configuration')
    expect(stderr).toContain('accountId: An AWS account ID is exactly 12 digits; this one has 3.')
    expect(stderr).toContain('roleName: Role names cannot contain spaces')
    expect(stderr).toContain('eks.clusters.0.namespace: Namespaces are lower case; did you mean "bad_ns"?')
  })

  it('explains wrong usage with exit code 2', () => {
    const { status, stderr } = run('generate', '--format', 'pdf', '--config', configPath)
    expect(status).toBe(2)
    expect(stderr).toContain('--format must be one of json, aws-cli, cloudformation, terraform, all.')
  })

  it('prints the JSON Schema of configuration files', () => {
    const { status, stdout } = run('schema')
    expect(status).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ title: 'EMR Role Builder configuration' })
  })
})
