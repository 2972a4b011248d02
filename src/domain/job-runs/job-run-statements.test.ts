import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultSubmitterJobRuns, type SubmitterJobRuns } from '../config/job-runs-schema'
import { validateConfig } from '../config/validate-config'
import { validConfig } from '../config-arbitrary.test-util'
import { resolveRoleContext } from '../context/role-context'
import { buildRoleDocuments } from '../role/build-role-documents'
import { testConfig, TEST_CONTEXT } from '../test-configs'
import { buildJobRunStatements, JOB_RUN_SIDS } from './job-run-statements'

const APP = 'arn:aws:emr-serverless:us-west-2:123456789012:/applications'
const on = (answers: Partial<SubmitterJobRuns>): SubmitterJobRuns => ({ ...defaultSubmitterJobRuns(), enabled: true, ...answers })

describe('job-run statements of the EMR Serverless submitters’ policy', () => {
  it.each<[string, SubmitterJobRuns, Record<string, string[]>]>([
    ['off: nothing', defaultSubmitterJobRuns(), {}],
    ['one application: start and list on it, get and cancel its job runs', on({ applicationIds: [{ id: 'app1' }] }), {
      StartAndListJobRuns: [`${APP}/app1`],
      GetAndCancelJobRuns: [`${APP}/app1/jobruns/*`],
    }],
    ['applications sorted and de-duplicated', on({ applicationIds: [{ id: 'b2' }, { id: 'a1' }, { id: 'b2' }] }), {
      StartAndListJobRuns: [`${APP}/a1`, `${APP}/b2`],
      GetAndCancelJobRuns: [`${APP}/a1/jobruns/*`, `${APP}/b2/jobruns/*`],
    }],
    ['all applications: the region’s wildcard, the listed IDs ignored', on({ scope: 'all-applications', applicationIds: [{ id: 'a1' }] }), {
      StartAndListJobRuns: [`${APP}/*`],
      GetAndCancelJobRuns: [`${APP}/*/jobruns/*`],
    }],
    ['interactive: endpoints on the applications', on({ interactive: true, applicationIds: [{ id: 'a1' }] }), {
      StartAndListJobRuns: [`${APP}/a1`],
      GetAndCancelJobRuns: [`${APP}/a1/jobruns/*`],
      UseInteractiveEndpoints: [`${APP}/a1`],
    }],
  ])('%s', (_name, jobRuns, expected) => {
    const statements = buildJobRunStatements(jobRuns, TEST_CONTEXT)
    expect(Object.fromEntries(statements.map((s) => [s.Sid, s.Resource]))).toEqual(expected)
  })

  it('puts each action on the resource type the Service Authorization Reference gives it', () => {
    const statements = buildJobRunStatements(on({ interactive: true, applicationIds: [{ id: 'a1' }] }), TEST_CONTEXT)
    const actions = Object.fromEntries(statements.map((s): [string, unknown] => [s.Sid ?? '', s.Action]))
    expect(actions).toEqual({
      StartAndListJobRuns: ['emr-serverless:ListJobRuns', 'emr-serverless:StartJobRun'],
      GetAndCancelJobRuns: ['emr-serverless:CancelJobRun', 'emr-serverless:GetDashboardForJobRun', 'emr-serverless:GetJobRun'],
      UseInteractiveEndpoints: ['emr-serverless:AccessInteractiveEndpoints', 'emr-serverless:AccessLivyEndpoints'],
    })
  })

  it.each([
    ['cn-north-1', 'arn:aws-cn:emr-serverless:cn-north-1:'],
    ['us-gov-west-1', 'arn:aws-us-gov:emr-serverless:us-gov-west-1:'],
  ])('writes the partition of %s into every ARN', (region, start) => {
    const config = testConfig({ region, submitterJobRuns: on({ applicationIds: [{ id: 'a1' }] }) })
    const arns = buildJobRunStatements(config.submitterJobRuns, resolveRoleContext(config)).flatMap((s) => s.Resource ?? [])
    expect(arns.length).toBeGreaterThan(0)
    for (const arn of arns) expect(arn.startsWith(start)).toBe(true)
  })

  it('joins the PassRole statement only on EMR Serverless, and only when the PassRole policy is made', () => {
    const jobRuns = on({ applicationIds: [{ id: 'a1' }] })
    const sidsOf = (config: ReturnType<typeof testConfig>) => buildRoleDocuments(config).submitterPolicy?.Statement.map((s) => s.Sid) ?? null
    expect(sidsOf(testConfig({ submitterJobRuns: jobRuns }))).toEqual(['PassJobRuntimeRoleToEMRServerless', ...JOB_RUN_SIDS.slice(0, 2)])
    expect(sidsOf(testConfig({ submitterJobRuns: jobRuns, passRolePolicy: false }))).toBeNull()
  })

  it('any valid configuration: statements in the fixed Sid order, stable from one build to the next', () => {
    const withJobRuns = fc.tuple(validConfig, fc.boolean(), fc.boolean(), fc.constantFrom('applications' as const, 'all-applications' as const))
    fc.assert(
      fc.property(withJobRuns, ([config, enabled, interactive, scope]) => {
        const checked = validateConfig({ ...config, submitterJobRuns: { enabled, interactive, scope, applicationIds: [{ id: 'app1' }] } })
        if (!checked.ok) throw new Error(JSON.stringify(checked.problems))
        const first = buildJobRunStatements(checked.value.submitterJobRuns, resolveRoleContext(checked.value))
        const sids = first.map((s) => s.Sid)
        expect(sids).toEqual(JOB_RUN_SIDS.filter((sid) => enabled && (interactive || sid !== 'UseInteractiveEndpoints')))
        expect(buildJobRunStatements(checked.value.submitterJobRuns, resolveRoleContext(checked.value))).toEqual(first)
      }),
    )
  })
})
