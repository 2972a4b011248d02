import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Config } from '../../domain/config/schema'
import { deriveRole } from '../../domain/role/derive-role'
import { assessRisks } from '../../domain/risks/assess-risks'
import { CONFIG_SCHEMA_FILE, exportConfigFile, openConfigFile, parseConfigFile } from '../../domain/share/config-file'
import { PRESET_FILES, PRESETS } from './presets'

const DIR = new URL('../../../public/presets/', import.meta.url)

/** A preset's configuration, read as Import configuration reads a file: it must open with no problem at all. */
function open(file: string): Config {
  const opened = openConfigFile(PRESET_FILES[file] ?? '')
  if (!opened.ok) throw new Error(`${file}: ${opened.reason} ${opened.problems.join('; ')}`)
  expect(opened.problems).toEqual([])
  if (opened.config === null) throw new Error(`${file} breaks a rule`)
  return opened.config
}

/** Every action a policy document of the role grants. */
function actionsOf(config: Config): string[] {
  const role = deriveRole(config, assessRisks)
  if (!role.ok) throw new Error('no documents')
  const { permissionsPolicy, submitterPolicy } = role.documents
  return [permissionsPolicy, submitterPolicy].flatMap((document) => document?.Statement.flatMap((s) => [s.Action ?? []].flat()) ?? [])
}

describe('presets', () => {
  it('offers every file of public/presets/, each once, as it is on disk', () => {
    const onDisk = readdirSync(DIR).filter((name) => name.endsWith('.json')).sort()
    expect(Object.keys(PRESET_FILES).sort()).toEqual(onDisk)
    expect(PRESETS.map((p) => p.file).sort()).toEqual(onDisk)
    for (const preset of PRESETS) {
      expect(preset.text).toBe(readFileSync(new URL(preset.file, DIR), 'utf8'))
      expect(preset.title).not.toBe('')
      expect(preset.description).toMatch(/\.$/)
    }
  })

  it.each(PRESETS.map((p) => [p.title, p.file]))('%s: opens with no problem, is exactly what Export configuration writes, and makes documents', (_title, file) => {
    const config = open(file)
    // The same file Export would write, with the JSON Schema beside the app (one folder up from presets/).
    expect(PRESET_FILES[file]).toBe(exportConfigFile(config, `../${CONFIG_SCHEMA_FILE}`))
    expect(parseConfigFile(PRESET_FILES[file] ?? '').ok).toBe(true) // the generator's --config reads it as it is
    const role = deriveRole(config, assessRisks)
    expect(role.ok).toBe(true)
    if (!role.ok) return
    expect(role.documents.permissionsPolicy?.Statement.length).toBeGreaterThan(0)
    expect(role.named.filter((d) => d.document !== null).length).toBeGreaterThanOrEqual(3)
    // Clearly example values: AWS's example account, and bucket names that say so.
    expect(config.accountId).toBe('111122223333')
    for (const bucket of config.buckets) expect(bucket.name).toMatch(/^amzn-example-/)
    // Least privilege: specific buckets, no broad grant, nothing high-risk to warn about.
    expect(config.s3Access).toBe('specific')
    expect(role.risks?.filter((risk) => risk.severity === 'high')).toEqual([])
  })

  it('the Spark ETL job: EMR Serverless, Glue create and read, input buckets read and an output bucket written', () => {
    const config = open('spark-etl-glue.json')
    expect(config.target).toBe('serverless')
    expect(config.glueAccess).toBe('create-read')
    expect(config.buckets.filter((b) => b.access === 'read-write').length).toBeGreaterThanOrEqual(1)
    expect(config.buckets.filter((b) => b.access === 'read').length).toBeGreaterThanOrEqual(1)
    expect(actionsOf(config)).toEqual(expect.arrayContaining(['s3:PutObject', 'glue:CreateTable']))
    expect(config.trust).toMatchObject({ sourceAccount: true, sourceArn: 'applications' })
  })

  it('read-only analytics: reads everywhere, writes nowhere', () => {
    const config = open('read-only-analytics.json')
    expect(config.target).toBe('serverless')
    expect(config.glueAccess).toBe('read')
    expect(config.buckets.every((b) => b.access === 'read')).toBe(true)
    const actions = actionsOf(config).filter((action) => action !== 'iam:PassRole')
    expect(actions.length).toBeGreaterThan(0)
    expect(actions.filter((action) => !/^(s3|glue):(Get|List)/.test(action))).toEqual([])
  })

  it('the EMR on EKS tenant: several namespaces on several clusters, its own logs, StartJobRun with this role only', () => {
    const config = open('eks-multi-tenant.json')
    expect(config.target).toBe('eks')
    const { clusters, logs, submitters } = config.eks
    expect(new Set(clusters.map((c) => c.clusterName)).size).toBeGreaterThanOrEqual(2)
    expect(new Set(clusters.map((c) => c.namespace)).size).toBeGreaterThanOrEqual(2)
    expect(clusters.every((c) => c.accountId === '')).toBe(true) // the role's own account
    expect(logs.enabled).toBe(true)
    expect(submitters).toMatchObject({ enabled: true, limit: 'roles', roleArns: [] })
    expect(submitters.virtualClusterIds.length).toBe(clusters.length)
    const role = deriveRole(config, assessRisks)
    if (!role.ok) throw new Error('no documents')
    expect(role.documents.trustPolicy.Statement).toHaveLength(clusters.length)
    expect(role.risks?.map((risk) => risk.id)).not.toContain('eks-tenants-share-roles')
  })
})
