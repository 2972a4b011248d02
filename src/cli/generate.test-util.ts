import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { configSchema, type Config } from '../domain/config/schema'
import { exportConfigFile } from '../domain/share/config-file'
import { eksTestConfig, testConfig } from '../domain/test-configs'

const bin = join(import.meta.dirname, '..', '..', 'bin', 'emr-role-builder.mjs')

/** Runs the generator as its own process, as a person or a CI job would; `input` goes to standard input. */
export function run(args: readonly string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 })
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() }
}

/** Every file under a folder, relative to it, sorted; [] when the folder does not exist. */
export function listTree(dir: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? [`${relative(dir, join(folder, e.name))}/`, ...walk(join(folder, e.name))] : [relative(dir, join(folder, e.name))],
    )
  try {
    return walk(dir).sort()
  } catch {
    return []
  }
}

/** Writes a configuration file as "Export configuration" does; returns its path. */
export function writeConfig(dir: string, name: string, config: Config): string {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, name)
  writeFileSync(path, exportConfigFile(config))
  return path
}

export const serverlessConfig = (overrides: Partial<Config> = {}) => configSchema.parse(testConfig(overrides))
const USUAL_ISSUER = 'oidc.eks.us-west-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF'
/** EMR on EKS, role "myrole", one pair with an issuer of the usual form, so no warning unless asked for. */
export const eksConfig = (overrides: Partial<Config> = {}, eks: Partial<Config['eks']> = {}) =>
  configSchema.parse(eksTestConfig(overrides, {
    clusters: [{ clusterName: 'analytics', namespace: 'spark-jobs', oidcIssuer: USUAL_ISSUER, accountId: '' }],
    ...eks,
  }))

/** EMR on EKS, `pairs` (cluster, namespace) pairs: six pass the default trust quota, eleven pass 4,096. */
export function eksWithPairs(pairs: number): Config {
  const clusters = Array.from({ length: pairs }, (_, i) => ({
    clusterName: `c${i}`,
    namespace: `namespace-${i}`,
    oidcIssuer: `oidc.eks.us-west-2.amazonaws.com/id/${String(i % 10).repeat(32)}`,
    accountId: '',
  }))
  return eksConfig({}, { clusters })
}

/** EMR on EKS with a StartJobRun policy approving `count` execution roles: 150 pass 6,144 characters. */
export function eksWithApprovedRoles(count: number): Config {
  const roleArns = Array.from({ length: count }, (_, i) => ({ arn: `arn:aws:iam::123456789012:role/tenant-${String(i).padStart(3, '0')}` }))
  return eksConfig({}, {
    submitters: { enabled: true, virtualClusterIds: [{ id: 'abc123' }], limit: 'roles', roleArns, rolePrefix: '', conditionOperators: 'string' },
  })
}

/** Every stderr line is one error or one warning: no stack trace, no multi-line message. */
export function isOneLinePerMessage(stderr: string): boolean {
  return stderr.split('\n').every((line) => /^(emr-role-builder|warning): \S/.test(line) && !/^\s+at /.test(line))
}

/** Names of leftover temporary folders in a folder. */
export const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('.emr-role-builder-'))
