import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultSubmitterJobRuns } from '../config/job-runs-schema'
import { asGoldenJson } from '../golden.test-util'
import { buildRoleDocuments } from '../role/build-role-documents'
import { testConfig } from '../test-configs'
import { openConfigFile } from './config-file'
import { migrateConfig } from './migrate'
import { openShareLink } from './share-codec'

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
    ['format 2 without the field: filled in', { target: 'eks' }, 2, { target: 'eks', submitterJobRuns: defaultSubmitterJobRuns(), tableBuckets: [] }],
    ['a field already there is kept', { submitterJobRuns: 'as sent', tableBuckets: 'as sent' }, 2, { submitterJobRuns: 'as sent', tableBuckets: 'as sent' }],
    ['not an object: left for the schema to refuse', [1], 2, [1]],
  ])('%s', (_name, raw, version, expected) => {
    expect(migrateConfig(raw, version)).toEqual(expected)
  })
})
