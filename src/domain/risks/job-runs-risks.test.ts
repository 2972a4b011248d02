import { describe, expect, it } from 'vitest'
import { defaultSubmitterJobRuns, type SubmitterJobRuns } from '../config/job-runs-schema'
import { configSchema, type Config } from '../config/schema'
import { buildRoleDocuments } from '../role/build-role-documents'
import { testConfig } from '../test-configs'
import { assessRisks } from './assess-risks'

const jobRuns = (answers: Partial<SubmitterJobRuns>): SubmitterJobRuns => ({
  ...defaultSubmitterJobRuns(),
  enabled: true,
  applicationIds: [{ id: '00fexample1111111' }],
  ...answers,
})

function riskIds(overrides: Partial<Config>): string[] {
  const config = configSchema.parse(testConfig(overrides))
  return assessRisks(config, buildRoleDocuments(config)).map((r) => `${r.id}@${r.field}`)
}

describe('submitters who can run jobs on every application', () => {
  it.each<[string, Partial<Config>, string[]]>([
    ['off', {}, []],
    ['listed applications', { submitterJobRuns: jobRuns({}) }, []],
    ['all applications in the region', { submitterJobRuns: jobRuns({ scope: 'all-applications' }) }, [
      'submitters-all-applications@submitterJobRuns.scope',
    ]],
    ['all applications, interactive too', { submitterJobRuns: jobRuns({ scope: 'all-applications', interactive: true }) }, [
      'submitters-all-applications@submitterJobRuns.scope',
    ]],
    ['all applications but turned off', { submitterJobRuns: jobRuns({ scope: 'all-applications', enabled: false }) }, []],
    ['all applications without the PassRole policy (no submitters’ policy at all)', {
      passRolePolicy: false,
      submitterJobRuns: jobRuns({ scope: 'all-applications' }),
    }, []],
  ])('%s', (_name, overrides, expected) => {
    expect(riskIds(overrides)).toEqual(expected)
  })

  it('names the region, and the interactive endpoints when they are allowed', () => {
    const config = configSchema.parse(testConfig({ region: 'eu-west-1', submitterJobRuns: jobRuns({ scope: 'all-applications', interactive: true }) }))
    const [risk] = assessRisks(config, buildRoleDocuments(config))
    expect(risk?.detail).toContain('eu-west-1')
    expect(risk?.detail).toContain('interactive endpoints')
    expect(risk?.detail).toContain('other teams’')
    expect(risk?.saferAlternative).toMatch(/list the applications/)
  })
})
