import { describe, expect, it } from 'vitest'
import { testConfig } from '../test-configs'
import { defaultSubmitterJobRuns, type SubmitterJobRuns } from './job-runs-schema'
import type { Config } from './schema'
import { validateConfig } from './validate-config'

const jobRuns = (answers: Partial<SubmitterJobRuns>): SubmitterJobRuns => ({ ...defaultSubmitterJobRuns(), enabled: true, ...answers })
const problemsOf = (config: Config) => {
  const checked = validateConfig(config)
  return checked.ok ? [] : checked.problems
}

describe('"Submitters can run jobs" answers', () => {
  it.each<[string, Config, { field: string; message: RegExp }[]]>([
    ['off: the empty row is not checked', testConfig(), []],
    ['on, listed applications', testConfig({ submitterJobRuns: jobRuns({ applicationIds: [{ id: '00fexample1111111' }] }) }), []],
    ['on, an empty row', testConfig({ submitterJobRuns: jobRuns({}) }), [
      { field: 'submitterJobRuns.applicationIds.0.id', message: /^Enter an application ID/ },
    ]],
    ['on, no rows', testConfig({ submitterJobRuns: jobRuns({ applicationIds: [] }) }), [
      { field: 'submitterJobRuns.applicationIds', message: /^Add at least one application ID/ },
    ]],
    ['on, an ID listed twice', testConfig({ submitterJobRuns: jobRuns({ applicationIds: [{ id: 'abc' }, { id: 'abc' }] }) }), [
      { field: 'submitterJobRuns.applicationIds.1.id', message: /already listed/ },
    ]],
    ['on, upper case', testConfig({ submitterJobRuns: jobRuns({ applicationIds: [{ id: 'ABC' }] }) }), [
      { field: 'submitterJobRuns.applicationIds.0.id', message: /lower case/ },
    ]],
    ['all applications: the list is not checked', testConfig({ submitterJobRuns: jobRuns({ scope: 'all-applications' }) }), []],
    ['no PassRole policy: the list is not checked', testConfig({ passRolePolicy: false, submitterJobRuns: jobRuns({}) }), []],
  ])('%s', (_name, config, expected) => {
    const problems = problemsOf(config)
    expect(problems.map((p) => p.field)).toEqual(expected.map((e) => e.field))
    problems.forEach((p, i) => expect(p.message).toMatch(expected[i]?.message ?? /./))
  })

  it('EMR on EKS ignores the answers', () => {
    const fields = problemsOf(testConfig({ target: 'eks', submitterJobRuns: jobRuns({}) })).map((p) => p.field)
    expect(fields.filter((f) => f.startsWith('submitterJobRuns'))).toEqual([])
  })
})
