import { describe, expect, it } from 'vitest'
import { defaultSubmitterJobRuns } from '../config/job-runs-schema'
import type { Config } from '../config/schema'
import { listDocuments } from '../documents/document-list'
import { measureQuotas } from '../quota/measure-quotas'
import { buildRoleDocuments } from '../role/build-role-documents'
import { testConfig } from '../test-configs'

const runJobs = testConfig({ submitterJobRuns: { ...defaultSubmitterJobRuns(), enabled: true, applicationIds: [{ id: 'app1' }] } })

describe('the submitters’ policy’s name follows what it grants', () => {
  it.each<[string, Config, string]>([
    ['PassRole only', testConfig(), 'PassRole policy'],
    ['submitters can run jobs', runJobs, 'PassRole and job-run policy'],
    ['turned off: the old name in its absent reason’s place', testConfig({ passRolePolicy: false, submitterJobRuns: runJobs.submitterJobRuns }), 'PassRole policy'],
  ])('%s: %s', (_name, config, label) => {
    const documents = buildRoleDocuments(config)
    expect(listDocuments(config, documents).find((d) => d.id === 'passrole-policy')?.label).toBe(label)
    const quota = measureQuotas(config.target, documents).find((m) => m.document === 'passrole-policy')
    if (config.passRolePolicy) expect(quota?.label).toBe(label)
    else expect(quota).toBeUndefined()
  })
})
