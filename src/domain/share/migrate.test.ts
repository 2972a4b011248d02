import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultGlueScope } from '../config/glue-scope-schema'
import { defaultSubmitterJobRuns } from '../config/job-runs-schema'
import { defaultRoleSettings } from '../config/role-settings-schema'
import { defaultLakeFormation } from '../config/lake-formation-schema'
import { asGoldenJson } from '../golden.test-util'
import { buildRoleDocuments } from '../role/build-role-documents'
import { eksTestConfig, testConfig } from '../test-configs'
import { openConfigFile } from './config-file'
import { migrateConfig } from './migrate'
import { withoutDefaultLaterAnswers } from './share-encode'
import { openShareLink } from './share-codec'

/** The Glue answers added later (their own tests are in glue-scope-migrate.test.ts). */
const GLUE_DEFAULTS = { glueScope: defaultGlueScope(), lakeFormation: defaultLakeFormation() }
const HERE = import.meta.dirname
/** A link copied before "Submitters can run jobs" existed: its configuration has no `submitterJobRuns`. */
const OLD_LINK = readFileSync(join(HERE, 'fixtures', 'link-before-job-runs.txt'), 'utf8').trim()
/** That configuration's documents, as the golden file written before the option existed holds them. */
const OLD_DOCUMENTS = readFileSync(join(HERE, '..', 'serverless', 'golden', 'specific-one-bucket.json'), 'utf8')

describe('configurations made before "Submitters can run jobs"', () => {
  it('a link opens to the same answers, the option off, and the same documents', () => {
    const opened = openShareLink(OLD_LINK)
    if (!opened.ok || opened.config === null) throw new Error(JSON.stringify(opened))
    expect(opened.problems).toEqual([])
    expect(opened.config).toEqual(testConfig({ region: 'us-east-1' }))
    expect(opened.config.submitterJobRuns).toEqual(defaultSubmitterJobRuns())
    const { roleArn, permissionsPolicy, managedPolicyArns, trustPolicy, submitterPolicy } = buildRoleDocuments(opened.config)
    expect(asGoldenJson({ roleArn, permissionsPolicy, managedPolicyArns, trustPolicy, submitterPolicy })).toBe(OLD_DOCUMENTS)
  })

  it('a configuration file without the field opens with it off', () => {
    const old: Record<string, unknown> = { ...testConfig() }
    delete old.submitterJobRuns
    const opened = openConfigFile(JSON.stringify({ version: 2, config: old }))
    expect(opened.ok && opened.config?.submitterJobRuns).toEqual(defaultSubmitterJobRuns())
  })

  it.each<[string, unknown, number, unknown]>([
    [
      'format 2 without the field: filled in',
      { target: 'eks' },
      2,
      { target: 'eks', submitterJobRuns: defaultSubmitterJobRuns(), roleSettings: defaultRoleSettings(), ...GLUE_DEFAULTS, tableBuckets: [] },
    ],
    ['a field already there is kept', { submitterJobRuns: 'as sent' }, 2, { submitterJobRuns: 'as sent', roleSettings: defaultRoleSettings(), ...GLUE_DEFAULTS }],
    ['not an object: left for the schema to refuse', [1], 2, [1]],
  ])('%s', (_name, raw, version, expected) => {
    expect(migrateConfig(raw, version)).toMatchObject(expected as object)
  })
})

/** A link copied before "EKS Pod Identity" existed: an EMR on EKS configuration without `eksCredentials`. */
const LINK_BEFORE_POD_IDENTITY = readFileSync(join(HERE, 'fixtures', 'link-before-pod-identity.txt'), 'utf8').trim()

describe('configurations made before EKS Pod Identity', () => {
  it('a link opens to the same answers with IRSA, and the same IRSA trust policy', () => {
    const opened = openShareLink(LINK_BEFORE_POD_IDENTITY)
    if (!opened.ok || opened.config === null) throw new Error(JSON.stringify(opened))
    expect(opened.problems).toEqual([])
    expect(opened.config).toEqual(eksTestConfig())
    expect(opened.config.eksCredentials).toBe('irsa')
    expect(buildRoleDocuments(opened.config).trustPolicy.Statement[0]?.Action).toBe('sts:AssumeRoleWithWebIdentity')
  })

  it('a configuration file without the field opens with IRSA; one with Pod Identity keeps it', () => {
    const old: Record<string, unknown> = { ...eksTestConfig() }
    delete old.eksCredentials
    const opened = openConfigFile(JSON.stringify({ version: 2, config: old }))
    expect(opened.ok && opened.config?.eksCredentials).toBe('irsa')
    const kept = migrateConfig({ eksCredentials: 'pod-identity' }, 2) as Record<string, unknown>
    expect(kept.eksCredentials).toBe('pod-identity')
  })
})

describe('configurations made before the role settings (boundary, description, session duration, tags)', () => {
  it('a link copied before them opens with none set, and its documents as they were', () => {
    const opened = openShareLink(OLD_LINK)
    if (!opened.ok || opened.config === null) throw new Error(JSON.stringify(opened))
    expect(opened.config.roleSettings).toEqual(defaultRoleSettings())
  })

  it('a configuration file without the field opens with none set; one with them keeps them', () => {
    const old: Record<string, unknown> = { ...testConfig() }
    delete old.roleSettings
    const opened = openConfigFile(JSON.stringify({ version: 2, config: old }))
    expect(opened.ok && opened.config?.roleSettings).toEqual(defaultRoleSettings())
    const roleSettings = { ...defaultRoleSettings(), tags: [{ key: 'team', value: 'data' }] }
    const kept = openConfigFile(JSON.stringify({ version: 2, config: { ...testConfig(), roleSettings } }))
    expect(kept.ok && kept.config?.roleSettings).toEqual(roleSettings)
  })

  it('a link leaves the answer out while it is at its default, and carries it once set', () => {
    expect(withoutDefaultLaterAnswers(testConfig())).not.toHaveProperty('roleSettings')
    const set = testConfig({ roleSettings: { ...defaultRoleSettings(), maxSessionDuration: 7200 } })
    expect(withoutDefaultLaterAnswers(set).roleSettings).toEqual(set.roleSettings)
    expect(withoutDefaultLaterAnswers(set)).not.toHaveProperty('submitterJobRuns')
    expect(withoutDefaultLaterAnswers(set).eks).toEqual(set.eks)
  })
})
