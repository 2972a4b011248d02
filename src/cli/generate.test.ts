import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildRoleDocuments } from '../domain/role/build-role-documents'
import { encodeConfig } from '../domain/share/share-encode'
import { exportConfigFile } from '../domain/share/config-file'
import { podIdentityTestConfig, testConfig } from '../domain/test-configs'
import {
  eksConfig, eksWithApprovedRoles, eksWithPairs, isOneLinePerMessage, leftovers, listTree, run, serverlessConfig, writeConfig,
} from './generate.test-util'

const root = join(import.meta.dirname, '..', '..')
const ALL_FILES = ['create-myrole.sh', 'myrole-config.json', 'myrole-permissions-policy.json', 'myrole-trust-policy.json', 'myrole.cfn.yaml', 'myrole.tf']

beforeAll(() => {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts'], { cwd: root, stdio: 'ignore' })
}, 60_000)

const folders: string[] = []
/** A new folder under the system's temporary folder, removed after the tests. */
function makeFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix))
  folders.push(folder)
  return folder
}
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

describe('emr-role-builder generate (a separate process)', { timeout: 60_000 }, () => {
  const dir = makeFolder('emr-role-generate-')
  const config = eksConfig({ glueAccess: 'read' })
  const configPath = writeConfig(dir, 'role.json', config)

  it('writes every format from a configuration file and prints each path', () => {
    const out = join(dir, 'all')
    const { status, stdout, stderr } = run(['generate', '--config', configPath, '--out', out])
    expect(status).toBe(0)
    // Glue read on every database warns since issue 12 (scoping is available); a warning does not stop the run.
    expect(stderr).toBe('warning: Glue read on every database — glueScope.scope')
    expect(listTree(out)).toEqual(ALL_FILES)
    expect(stdout.split('\n').sort()).toEqual(ALL_FILES.map((f) => join(out, f)))
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
    expect(run(['generate', '--config', configPath, '--format', format, '--out', out]).status).toBe(0)
    expect(readdirSync(out).sort()).toEqual(expected)
  })

  it('reads a share link instead of a file', () => {
    const out = join(dir, 'link')
    const link = `http://127.0.0.1:4173/#${encodeConfig(serverlessConfig())}`
    const { status } = run(['generate', '--link', link, '--format', 'json', '--out', out])
    expect(status).toBe(0)
    expect(readdirSync(out)).toContain('EMRServerlessS3RuntimeRole-passrole-policy.json')
  })

  it('reads the configuration from standard input with --config -', () => {
    const out = join(dir, 'stdin')
    const { status, stdout } = run(['generate', '--config', '-', '--format', 'terraform', '--out', out], exportConfigFile(config))
    expect(status).toBe(0)
    expect(stdout).toBe(join(out, 'myrole.tf'))
    expect(readFileSync(join(out, 'myrole.tf'), 'utf8')).toContain('aws_iam_role')
  })

  it('exits non-zero on an invalid configuration and names every field, one line each', () => {
    const bad = join(dir, 'bad.json')
    const invalid = { ...config, accountId: '123', roleName: 'bad name', eks: { ...config.eks, clusters: [{ ...config.eks.clusters[0], namespace: 'Bad_NS' }] } }
    writeFileSync(bad, JSON.stringify({ version: 2, config: invalid }))
    const { status, stderr, stdout } = run(['generate', '--config', bad, '--out', join(dir, 'never')])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(isOneLinePerMessage(stderr)).toBe(true)
    expect(stderr).toContain(`emr-role-builder: ${bad}: Invalid configuration`)
    expect(stderr).toContain(`${bad}: accountId: An AWS account ID is exactly 12 digits; this one has 3.`)
    expect(stderr).toContain('roleName: Role names cannot contain spaces')
    expect(stderr).toContain('eks.clusters.0.namespace: Namespaces are lower case. Did you mean "bad-ns"?')
    expect(existsSync(join(dir, 'never'))).toBe(false)
  })

  it('explains wrong usage on one line, with exit code 2', () => {
    const { status, stderr } = run(['generate', '--format', 'pdf', '--config', configPath])
    expect(status).toBe(2)
    expect(stderr).toBe('emr-role-builder: --format must be one of json, aws-cli, cloudformation, terraform, all. (emr-role-builder --help shows how to use it)')
  })

  it.each(['generate --help', 'generate -h', 'generate --config x.json --help', '--help', '-h', 'help'])(
    '"%s" prints the usage on standard output and exits 0',
    (command) => {
      const { status, stdout, stderr } = run(command.split(' '))
      expect(status).toBe(0)
      expect(stderr).toBe('')
      expect(stdout).toMatch(/^Usage: emr-role-builder generate/)
      expect(stdout).toContain('--strict')
    },
  )

  it('prints the JSON Schema of configuration files', () => {
    const { status, stdout } = run(['schema'])
    expect(status).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ title: 'EMR Role Builder configuration' })
  })

  it('the JSON Schema knows "Submitters can run jobs", and does not require it of files written before it', () => {
    const schema = JSON.parse(run(['schema']).stdout) as { properties: { config: { required: string[]; properties: Record<string, unknown> } } }
    const { config } = schema.properties
    expect(config.properties.submitterJobRuns).toMatchObject({
      properties: { scope: { enum: ['applications', 'all-applications'] }, interactive: { type: 'boolean' } },
    })
    expect(config.required).toContain('passRolePolicy')
    expect(config.required).not.toContain('submitterJobRuns')
  })

  it('writes the job-run statements into the submitters’ policy; a file without the answer generates as before', () => {
    const dir = makeFolder('emr-role-job-runs-')
    const jobRuns = serverlessConfig({
      submitterJobRuns: { enabled: true, interactive: false, scope: 'applications', applicationIds: [{ id: '00fexample1111111' }] },
    })
    const out = join(dir, 'out')
    expect(run(['generate', '--config', writeConfig(dir, 'job-runs.json', jobRuns), '--out', out]).status).toBe(0)
    const policy = JSON.parse(readFileSync(join(out, 'EMRServerlessS3RuntimeRole-passrole-policy.json'), 'utf8')) as unknown
    expect(policy).toEqual(buildRoleDocuments(jobRuns).submitterPolicy)
    expect(JSON.stringify(policy)).toContain('"Sid":"StartAndListJobRuns"')

    const old: Record<string, unknown> = { ...serverlessConfig() }
    delete old.submitterJobRuns
    const oldFile = join(dir, 'old.json')
    writeFileSync(oldFile, JSON.stringify({ version: 2, config: old }))
    const oldOut = join(dir, 'old-out')
    expect(run(['generate', '--config', oldFile, '--out', oldOut]).status).toBe(0)
    const oldPolicy = JSON.parse(readFileSync(join(oldOut, 'EMRServerlessS3RuntimeRole-passrole-policy.json'), 'utf8')) as unknown
    expect(oldPolicy).toEqual(buildRoleDocuments(serverlessConfig()).submitterPolicy)
  })

  it('the JSON Schema knows the role settings and does not require them; generate writes them into every format, and refuses a bad one at its field', () => {
    const schema = JSON.parse(run(['schema']).stdout) as { properties: { config: { required: string[]; properties: Record<string, unknown> } } }
    const { config } = schema.properties
    expect(config.properties.roleSettings).toMatchObject({ properties: { permissionsBoundary: { type: 'string' }, tags: { type: 'array' } } })
    expect(config.required).not.toContain('roleSettings')

    const dir = makeFolder('emr-role-settings-')
    const roleSettings = {
      permissionsBoundary: 'arn:aws:iam::123456789012:policy/TeamBoundary',
      description: 'Team A jobs',
      maxSessionDuration: 7200,
      tags: [{ key: 'team', value: 'a' }],
    }
    const out = join(dir, 'out')
    expect(run(['generate', '--config', writeConfig(dir, 'settings.json', serverlessConfig({ roleSettings })), '--out', out]).status).toBe(0)
    const read = (name: string) => readFileSync(join(out, name), 'utf8')
    expect(read('EMRServerlessS3RuntimeRole.cfn.yaml')).toContain('PermissionsBoundary:')
    expect(read('EMRServerlessS3RuntimeRole.tf')).toContain('  max_session_duration = 7200')
    expect(read('create-EMRServerlessS3RuntimeRole.sh')).toContain("permissions_boundary='arn:aws:iam::123456789012:policy/TeamBoundary'")

    const bad = testConfig({ roleSettings: { ...roleSettings, permissionsBoundary: 'arn:aws-cn:iam::123456789012:policy/TeamBoundary' } })
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ version: 2, config: bad }))
    const refused = run(['generate', '--config', join(dir, 'bad.json'), '--out', join(dir, 'bad')])
    expect(refused.status).not.toBe(0)
    expect(refused.stderr).toContain("roleSettings.permissionsBoundary: Enter the ARN of a managed policy in the role's partition")
  })

  it('writes an EKS Pod Identity role: its trust, and the associations in the script, CloudFormation and Terraform', () => {
    const dir = makeFolder('emr-role-pod-identity-')
    const podIdentity = podIdentityTestConfig()
    const out = join(dir, 'out')
    expect(run(['generate', '--config', writeConfig(dir, 'pod-identity.json', podIdentity), '--out', out]).status).toBe(0)
    const trust = JSON.parse(readFileSync(join(out, 'myrole-trust-policy.json'), 'utf8')) as unknown
    expect(trust).toEqual(buildRoleDocuments(podIdentity).trustPolicy)
    expect(JSON.stringify(trust)).toContain('"Service":"pods.eks.amazonaws.com"')
    expect(readFileSync(join(out, 'create-myrole.sh'), 'utf8')).toContain('eks create-pod-identity-association')
    expect(readFileSync(join(out, 'myrole.cfn.yaml'), 'utf8')).toContain('AWS::EKS::PodIdentityAssociation')
    expect(readFileSync(join(out, 'myrole.tf'), 'utf8')).toContain('resource "aws_eks_pod_identity_association" "job"')
  })
})

describe('emr-role-builder generate: Glue scoped to databases, Lake Formation', { timeout: 60_000 }, () => {
  it('the JSON Schema knows both answers and does not require them; generate writes the scoped statements; an older file generates as before', () => {
    const schema = JSON.parse(run(['schema']).stdout) as { properties: { config: { required: string[]; properties: Record<string, unknown> } } }
    const { config } = schema.properties
    expect(config.properties.glueScope).toMatchObject({ properties: { scope: { enum: ['all-databases', 'databases'] } } })
    expect(config.properties.lakeFormation).toMatchObject({ properties: { enabled: { type: 'boolean' } } })
    expect(config.required).not.toContain('glueScope')
    expect(config.required).not.toContain('lakeFormation')

    const dir = makeFolder('emr-role-glue-')
    const scoped = serverlessConfig({
      glueAccess: 'create-read',
      glueScope: { scope: 'databases', databases: [{ name: 'sales', access: 'read-write', tables: [{ name: 'orders' }] }], icebergRest: true },
      lakeFormation: { enabled: true },
    })
    const out = join(dir, 'out')
    expect(run(['generate', '--config', writeConfig(dir, 'scoped.json', scoped), '--out', out]).status).toBe(0)
    const policy = JSON.parse(readFileSync(join(out, 'EMRServerlessS3RuntimeRole-permissions-policy.json'), 'utf8')) as unknown
    expect(policy).toEqual(buildRoleDocuments(scoped).permissionsPolicy)
    expect(JSON.stringify(policy)).toContain('table/sales/orders')

    const old: Record<string, unknown> = { ...serverlessConfig({ glueAccess: 'read' }) }
    delete old.glueScope
    delete old.lakeFormation
    const oldFile = join(dir, 'old.json')
    writeFileSync(oldFile, JSON.stringify({ version: 2, config: old }))
    const oldOut = join(dir, 'old-out')
    expect(run(['generate', '--config', oldFile, '--out', oldOut]).status).toBe(0)
    const oldPolicy = JSON.parse(readFileSync(join(oldOut, 'EMRServerlessS3RuntimeRole-permissions-policy.json'), 'utf8')) as unknown
    expect(oldPolicy).toEqual(buildRoleDocuments(serverlessConfig({ glueAccess: 'read' })).permissionsPolicy)
  })
})

describe('emr-role-builder generate: S3 table buckets', { timeout: 60_000 }, () => {
  it('the JSON Schema knows tableBuckets, and does not require it of files written before it', () => {
    const schema = JSON.parse(run(['schema']).stdout) as { properties: { config: { required: string[]; properties: Record<string, unknown> } } }
    expect(schema.properties.config.properties.tableBuckets).toMatchObject({ type: 'array' })
    expect(schema.properties.config.required).not.toContain('tableBuckets')
  })

  it('writes the s3tables statements into the permissions policy; a file without the answer generates as before', () => {
    const dir = makeFolder('emr-role-table-buckets-')
    const tables = serverlessConfig({ tableBuckets: [{ bucket: 'amzn-example-tables', namespace: 'sales', access: 'read-write' }] })
    const out = join(dir, 'out')
    expect(run(['generate', '--config', writeConfig(dir, 'tables.json', tables), '--out', out]).status).toBe(0)
    const policy = JSON.parse(readFileSync(join(out, 'EMRServerlessS3RuntimeRole-permissions-policy.json'), 'utf8')) as unknown
    expect(policy).toEqual(buildRoleDocuments(tables).permissionsPolicy)
    expect(JSON.stringify(policy)).toContain('"Sid":"WriteTablesInNamespaceSales"')

    const old: Record<string, unknown> = { ...serverlessConfig() }
    delete old.tableBuckets
    const oldFile = join(dir, 'old.json')
    writeFileSync(oldFile, JSON.stringify({ version: 2, config: old }))
    const oldOut = join(dir, 'old-out')
    expect(run(['generate', '--config', oldFile, '--out', oldOut]).status).toBe(0)
    const oldPolicy = JSON.parse(readFileSync(join(oldOut, 'EMRServerlessS3RuntimeRole-permissions-policy.json'), 'utf8')) as unknown
    expect(oldPolicy).toEqual(buildRoleDocuments(serverlessConfig()).permissionsPolicy)
  })
})

describe('emr-role-builder generate: quotas, warnings and --strict', { timeout: 60_000 }, () => {
  const dir = makeFolder('emr-role-quota-')
  const applicationIds = Array.from({ length: 60 }, (_, i) => ({ id: `00fexample${String(i).padStart(6, '0')}` }))

  it.each([
    ['an EMR on EKS trust policy with 11 pairs', eksWithPairs(11), /Trust policy: 4,\d{3} characters without white space; IAM allows at most 4,096/],
    ['a StartJobRun policy with 150 approved roles', eksWithApprovedRoles(150), /StartJobRun policy: [\d,]+ characters without white space; IAM’s quota is 6,144/],
    [
      'an EMR Serverless trust policy with 60 applications',
      serverlessConfig({ trust: { sourceAccount: true, sourceArn: 'applications', applicationIds } }),
      /Trust policy: [\d,]+ characters without white space; IAM allows at most 4,096/,
    ],
  ])('a quota breach (%s) is an error: exit 1, named, nothing written', (name, breaching, expected) => {
    const path = writeConfig(dir, `${name.replaceAll(' ', '-')}.json`, breaching)
    const out = join(dir, 'out-breach')
    const { status, stdout, stderr } = run(['generate', '--config', path, '--out', out])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(expected)
    expect(stderr.split('\n')[0]).toContain(`emr-role-builder: ${path}: `)
    expect(stderr).toMatch(/nothing was written\.$/)
    expect(isOneLinePerMessage(stderr)).toBe(true)
    expect(existsSync(out)).toBe(false)
    expect(leftovers(dir)).toEqual([])
  })

  it('writes the files and prints each warning on standard error, one line each', () => {
    const path = writeConfig(dir, 'warned.json', eksWithPairs(6))
    const out = join(dir, 'out-warned')
    const { status, stdout, stderr } = run(['generate', '--config', path, '--format', 'json', '--out', out])
    expect(status).toBe(0)
    expect(stderr.split('\n')).toEqual(['warning: Trust policy is over IAM’s default size quota — eks.clusters'])
    expect(stdout.split('\n')).toHaveLength(2)
    expect(listTree(out)).toEqual(['myrole-permissions-policy.json', 'myrole-trust-policy.json'])
  })

  it('prints risk warnings too', () => {
    const path = writeConfig(dir, 'broad.json', serverlessConfig({ s3Access: 'all', glueAccess: 'create-read' }))
    const { status, stderr } = run(['generate', '--config', path, '--out', join(dir, 'out-broad')])
    expect(status).toBe(0)
    expect(stderr.split('\n')).toEqual([
      'warning: Full access to every S3 bucket — s3Access',
      'warning: Glue create and read on every database — glueAccess',
    ])
  })

  it('--strict turns warnings into a failure: exit 1, nothing written', () => {
    const path = writeConfig(dir, 'strict.json', eksWithPairs(6))
    const out = join(dir, 'out-strict')
    const { status, stdout, stderr } = run(['generate', '--config', path, '--strict', '--out', out])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr.split('\n')).toEqual([
      'warning: Trust policy is over IAM’s default size quota — eks.clusters',
      'emr-role-builder: --strict: failed on 1 warning (above)',
      'emr-role-builder: nothing was written.',
    ])
    expect(existsSync(out)).toBe(false)
    expect(run(['generate', '--config', writeConfig(dir, 'clean.json', eksConfig()), '--strict', '--out', out]).status).toBe(0)
  })
})

describe('emr-role-builder generate: writing all files or none', { timeout: 60_000 }, () => {
  const dir = makeFolder('emr-role-write-')
  const configPath = writeConfig(dir, 'role.json', eksConfig())

  it('regenerates into the same folder: its own files are replaced, other files are left alone', () => {
    const out = join(dir, 'again')
    mkdirSync(out)
    writeFileSync(join(out, 'README.md'), 'mine')
    writeFileSync(join(out, 'myrole.tf'), 'stale')
    expect(run(['generate', '--config', configPath, '--out', out]).status).toBe(0)
    expect(run(['generate', '--config', configPath, '--out', out]).status).toBe(0)
    expect(listTree(out)).toEqual(['README.md', ...ALL_FILES].sort())
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe('mine')
    expect(readFileSync(join(out, 'myrole.tf'), 'utf8')).toContain('aws_iam_role')
    expect(leftovers(dir)).toEqual([])
  })

  it('fails half-way (a folder where the fifth file goes) and leaves everything as it was', () => {
    const out = join(dir, 'half-way')
    mkdirSync(join(out, 'myrole.tf'), { recursive: true })
    writeFileSync(join(out, 'myrole-trust-policy.json'), 'previous')
    const { status, stdout, stderr } = run(['generate', '--config', configPath, '--out', out])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr.split('\n')).toEqual([
      `emr-role-builder: cannot write to ${out}: ${join(out, 'myrole.tf')} is a folder, where a file should go`,
      'emr-role-builder: nothing was written.',
    ])
    expect(listTree(out)).toEqual(['myrole-trust-policy.json', 'myrole.tf/'])
    expect(readFileSync(join(out, 'myrole-trust-policy.json'), 'utf8')).toBe('previous')
    expect(leftovers(dir)).toEqual([])
  })

  it.each([
    ['a path under a regular file', (file: string) => join(file, 'out')],
    ['a regular file', (file: string) => file],
    ['a path two levels under a regular file', (file: string) => join(file, 'a', 'b')],
  ])('an impossible --out (%s) is one line and exit 1, never a stack trace', (_name, outOf) => {
    const file = join(dir, 'plain-file')
    writeFileSync(file, 'not a folder')
    const { status, stderr } = run(['generate', '--config', configPath, '--out', outOf(file)])
    expect(status).toBe(1)
    expect(stderr).toMatch(/^emr-role-builder: cannot write to .*: (a part of the path is a file, not a folder|a file is in the way where a folder should be)\nemr-role-builder: nothing was written\.$/)
    expect(readFileSync(file, 'utf8')).toBe('not a folder')
    expect(leftovers(dir)).toEqual([])
  })

  it('a folder it may not write to is one line and exit 1 (when not run as root)', () => {
    const locked = join(dir, 'locked')
    mkdirSync(locked)
    chmodSync(locked, 0o500)
    const { status, stderr } = run(['generate', '--config', configPath, '--out', join(locked, 'out')])
    chmodSync(locked, 0o700)
    if (process.getuid?.() === 0) return // root writes anyway; the impossible paths above cover this case
    expect(status).toBe(1)
    expect(stderr).toContain('permission denied')
    expect(isOneLinePerMessage(stderr)).toBe(true)
  })
})

describe('emr-role-builder generate: many configurations in one run', { timeout: 120_000 }, () => {
  const dir = makeFolder('emr-role-many-')
  const a = writeConfig(dir, 'a.json', eksConfig({ roleName: 'role-a' }))
  const b = writeConfig(dir, 'b.json', serverlessConfig({ roleName: 'role-b' }))

  it('--config twice: each role in <out>/<role-name>/, every path printed', () => {
    const out = join(dir, 'two')
    const { status, stdout } = run(['generate', '--config', a, '--config', b, '--format', 'terraform', '--out', out])
    expect(status).toBe(0)
    expect(listTree(out)).toEqual(['role-a/', 'role-a/role-a.tf', 'role-b/', 'role-b/role-b.tf'])
    expect(stdout.split('\n')).toEqual([join(out, 'role-a', 'role-a.tf'), join(out, 'role-b', 'role-b.tf')])
  })

  it('--config <folder>: every *.json in it, sorted, each role in its own folder', () => {
    const folder = join(dir, 'roles')
    writeConfig(folder, 'z-last.json', serverlessConfig({ roleName: 'zeta' }))
    writeConfig(folder, 'a-first.json', serverlessConfig({ roleName: 'alpha' }))
    writeFileSync(join(folder, 'notes.txt'), 'not a configuration')
    const out = join(dir, 'from-folder')
    const { status, stdout } = run(['generate', '--config', folder, '--format', 'cloudformation', '--out', out])
    expect(status).toBe(0)
    expect(stdout.split('\n')).toEqual([join(out, 'alpha', 'alpha.cfn.yaml'), join(out, 'zeta', 'zeta.cfn.yaml')])
  })

  it('two configurations for the same role name (in any case) are an error naming both files', () => {
    const same = writeConfig(dir, 'same.json', eksConfig({ roleName: 'ROLE-A' }))
    const out = join(dir, 'same-name')
    const { status, stderr } = run(['generate', '--config', a, '--config', same, '--out', out])
    expect(status).toBe(1)
    expect(stderr.split('\n')[0]).toBe(`emr-role-builder: ${a} and ${same} both describe role "ROLE-A"; give each role its own name`)
    expect(existsSync(out)).toBe(false)
  })

  it('one bad configuration among many names its file and nothing is written', () => {
    const folder = join(dir, 'one-bad')
    writeConfig(folder, 'good-1.json', serverlessConfig({ roleName: 'good-1' }))
    writeFileSync(join(folder, 'bad.json'), '{ "version": 2, "config": { "accountId": 1 } ')
    writeConfig(folder, 'breach.json', { ...eksWithApprovedRoles(150), roleName: 'breach' })
    writeConfig(folder, 'good-2.json', serverlessConfig({ roleName: 'good-2' }))
    const out = join(dir, 'never')
    const { status, stdout, stderr } = run(['generate', '--config', folder, '--out', out])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    const lines = stderr.split('\n')
    expect(lines[0]).toMatch(new RegExp(`^emr-role-builder: ${join(folder, 'bad.json')}: Invalid configuration: The file is not valid JSON`))
    expect(lines[1]).toMatch(new RegExp(`^emr-role-builder: ${join(folder, 'breach.json')}: StartJobRun policy: [\\d,]+ characters`))
    expect(lines.at(-1)).toBe('emr-role-builder: nothing was written.')
    expect(existsSync(out)).toBe(false)
  })

  it('regenerates 200 roles from a folder in one process, in seconds', () => {
    const folder = join(dir, 'two-hundred')
    for (let i = 0; i < 200; i += 1) {
      const name = `team-${String(i).padStart(3, '0')}`
      writeConfig(folder, `${name}.json`, i % 2 ? serverlessConfig({ roleName: name }) : eksConfig({ roleName: name }))
    }
    const out = join(dir, 'out-200')
    const started = performance.now()
    const { status, stdout } = run(['generate', '--config', folder, '--out', out])
    const seconds = (performance.now() - started) / 1000
    console.log(`200 configurations, ${stdout.split('\n').length} files: ${seconds.toFixed(2)} s`)
    expect(status).toBe(0)
    expect(stdout.split('\n')).toHaveLength(1_300) // 100 × 7 (EMR Serverless adds PassRole) + 100 × 6
    expect(readdirSync(out)).toHaveLength(200)
    expect(seconds).toBeLessThan(20)
  })
})

describe('emr-role-builder generate: input limits', { timeout: 60_000 }, () => {
  const dir = makeFolder('emr-role-limits-')

  it('refuses a configuration file over 1 MiB with one line', () => {
    const path = join(dir, 'huge.json')
    writeFileSync(path, exportConfigFile(eksConfig()).replace('{', `{${' '.repeat(1024 * 1024)}`))
    const { status, stderr } = run(['generate', '--config', path, '--out', join(dir, 'out')])
    expect(status).toBe(1)
    expect(stderr.split('\n')).toEqual([
      `emr-role-builder: ${path}: refused: larger than 1 MiB, the most a configuration may be`,
      'emr-role-builder: nothing was written.',
    ])
  })

  it('refuses endless input on standard input or from a device without reading it all', () => {
    const fromDevice = run(['generate', '--config', '/dev/zero', '--out', join(dir, 'out')])
    expect(fromDevice.status).toBe(1)
    expect(fromDevice.stderr).toContain('/dev/zero: refused: larger than 1 MiB')
    const fromStdin = run(['generate', '--config', '-', '--out', join(dir, 'out')], 'x'.repeat(2 * 1024 * 1024))
    expect(fromStdin.stderr).toContain('standard input: refused: larger than 1 MiB')
  })

  it.each([65, 100_000])('refuses JSON nested %i levels deep with one line', (depth) => {
    const path = join(dir, `deep-${depth}.json`)
    writeFileSync(path, `{"version":2,"config":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`)
    const { status, stderr } = run(['generate', '--config', path, '--out', join(dir, 'out')])
    expect(status).toBe(1)
    expect(stderr.split('\n')[0]).toBe(`emr-role-builder: ${path}: refused: JSON nested ${depth} levels deep; a configuration is nested 64 at most`)
  })

  it('reads JSON nested 64 levels deep (and then finds it is no configuration)', () => {
    const path = join(dir, 'deep-64.json')
    writeFileSync(path, `{"version":2,"config":${'['.repeat(63)}${']'.repeat(63)}}`)
    expect(run(['generate', '--config', path]).stderr).toContain('Invalid configuration')
  })
})

describe('emr-role-builder generate: edited documents', { timeout: 60_000 }, () => {
  const dir = makeFolder('emr-role-edits-')
  const edited = '{\n    "Version": "2012-10-17",\n    "Statement": [{ "Sid": "Edited", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::amzn-example-edited/*" }]\n}\n'

  it('writes an edited document as typed, and into every format', () => {
    const path = writeConfig(dir, 'edited.json', serverlessConfig({ documentEdits: [{ target: 'serverless', document: 'permissions-policy', text: edited }] }))
    const out = join(dir, 'out')
    const { status } = run(['generate', '--config', path, '--out', out])
    expect(status).toBe(0)
    expect(readFileSync(join(out, 'EMRServerlessS3RuntimeRole-permissions-policy.json'), 'utf8')).toBe(edited)
    for (const file of ['EMRServerlessS3RuntimeRole.tf', 'EMRServerlessS3RuntimeRole.cfn.yaml', 'create-EMRServerlessS3RuntimeRole.sh']) {
      expect(readFileSync(join(out, file), 'utf8'), file).toContain('amzn-example-edited')
    }
  })

  it('refuses an edited document that is not JSON: exit 1, named, nothing written', () => {
    const path = writeConfig(dir, 'broken.json', serverlessConfig({ documentEdits: [{ target: 'serverless', document: 'trust-policy', text: '{ "Version": ' }] }))
    const out = join(dir, 'never')
    const { status, stderr } = run(['generate', '--config', path, '--out', out])
    expect(status).toBe(1)
    expect(stderr).toContain('The edited trust policy is not valid JSON')
    expect(existsSync(out)).toBe(false)
  })
})
