import { SERVERLESS_GOLDEN_CONFIGS } from '../serverless/golden-configs.test-util'
import { EXPORT_GOLDEN_CONFIGS } from '../export/golden-configs.test-util'
import { describe, expect, it } from 'vitest'
import { configSchema, type Config } from '../config/schema'
import type { PolicyDocument } from '../iam/policy'
import { buildRoleDocuments } from '../role/build-role-documents'
import { eksTestConfig } from '../test-configs'
import { evaluatePolicies } from './evaluate-policies'
import { intendedGrants, type DocumentKind } from './intended-grants.test-util'

/**
 * The agreement test (issue 13, Done-when): for every golden configuration (the tables of
 * serverless/serverless-documents.test.ts and export/renderers.test.ts, shared with them, and more), each grant
 * the wizard meant, derived from the CONFIGURATION, is allowed by the documents it builds, and nearby requests
 * (another action, bucket, prefix, account, namespace, role, application or principal) are not.
 */
/** Configurations beyond the golden ones: what the golden sets do not hold (the audience condition, the role-prefix limit). */
const MORE: Record<string, Config> = {
  'eks-audience-and-prefix-limit': eksTestConfig(
    { buckets: [{ name: 'amzn-example-data', prefix: 'spark/', access: 'read-write' }] },
    {
      requireAudience: true,
      submitters: { enabled: true, virtualClusterIds: [{ id: 'a1b2c3d4e5f6g7h8i9j0k1l2m' }], limit: 'prefix', roleArns: [], rolePrefix: 'analytics-', conditionOperators: 'arn' },
    },
  ),
}

const prefixed = (prefix: string, configs: Record<string, Config>) => Object.fromEntries(Object.entries(configs).map(([name, config]) => [`${prefix}/${name}`, config]))
const CONFIGS: Record<string, Config> = {
  ...prefixed('serverless golden', SERVERLESS_GOLDEN_CONFIGS),
  ...prefixed('export golden', EXPORT_GOLDEN_CONFIGS),
  ...MORE,
}

function policiesOf(config: Config): Record<DocumentKind, { name: string; document: PolicyDocument }[]> {
  const documents = buildRoleDocuments(config)
  const one = (name: string, document: PolicyDocument | null) => (document ? [{ name, document }] : [])
  return {
    permissions: one('Permissions policy', documents.permissionsPolicy),
    trust: one('Trust policy', documents.trustPolicy),
    submitter: one('Submitter policy', documents.submitterPolicy),
  }
}

const CASES = Object.entries(CONFIGS).flatMap(([name, raw]) => {
  const config = configSchema.parse(raw)
  const policies = policiesOf(config)
  return intendedGrants(config).map((expectation) => ({ name, expectation, policies: policies[expectation.kind] }))
})

describe('the documents agree with the configuration', () => {
  it.each(CASES)('$name: $expectation.what → $expectation.verdict', ({ expectation, policies }) => {
    const result = evaluatePolicies(policies, expectation.request)
    expect(result.unusable).toEqual([])
    expect(result.verdict).toBe(expectation.verdict)
  })

  it('asks enough questions of every configuration', () => {
    for (const name of Object.keys(CONFIGS)) expect(CASES.filter((c) => c.name === name).length).toBeGreaterThanOrEqual(10)
  })
})
