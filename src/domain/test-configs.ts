import { defaultConfig } from './config/defaults'
import type { Config } from './config/schema'

/** A complete, valid configuration for tests: defaults with an account and one read-only bucket. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...defaultConfig(),
    accountId: '123456789012',
    roleName: 'EMRServerlessS3RuntimeRole',
    buckets: [{ name: 'amzn-example-data', prefix: '', access: 'read' }],
    ...overrides,
  }
}

export const EXAMPLE_ISSUER = 'https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E'

/** A complete EMR on EKS configuration: role "myrole", one cluster and namespace, no submitters' policy. */
export function eksTestConfig(overrides: Partial<Config> = {}, eks: Partial<Config['eks']> = {}): Config {
  const base = testConfig({ target: 'eks', region: 'us-west-2', roleName: 'myrole', ...overrides })
  return {
    ...base,
    eks: {
      ...base.eks,
      clusters: [{ clusterName: 'analytics', namespace: 'spark-jobs', oidcIssuer: EXAMPLE_ISSUER, accountId: '' }],
      ...eks,
    },
  }
}

/** Where test roles live: partition aws, account 123456789012, region us-west-2. */
export const TEST_CONTEXT = { partition: 'aws', accountId: '123456789012', region: 'us-west-2' } as const

/**
 * EMR on EKS with EKS Pod Identity: role "myrole", two clusters (analytics with two namespaces, reporting with one),
 * no OIDC issuers, the Spark operator's and Livy's service accounts too.
 */
export function podIdentityTestConfig(overrides: Partial<Config> = {}, eks: Partial<Config['eks']> = {}): Config {
  const base = eksTestConfig(overrides, {
    clusters: [
      { clusterName: 'analytics', namespace: 'spark-jobs', oidcIssuer: '', accountId: '' },
      { clusterName: 'analytics', namespace: 'etl', oidcIssuer: '', accountId: '' },
      { clusterName: 'reporting', namespace: 'spark-jobs', oidcIssuer: '', accountId: '' },
    ],
    serviceAccounts: { sparkOperator: true, flinkOperator: false, livy: true },
    ...eks,
  })
  return { ...base, eksCredentials: 'pod-identity', ...overrides }
}
