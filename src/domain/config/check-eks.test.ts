import { describe, expect, it } from 'vitest'
import type { EksCluster, EksConfig } from './eks-schema'
import { eksTestConfig, EXAMPLE_ISSUER } from '../test-configs'
import { configSchema, type Config } from './schema'

function problems(config: Config): string[] {
  const result = configSchema.safeParse(config)
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

const pair = (overrides: Partial<EksCluster>): Partial<EksConfig> => ({
  clusters: [{ clusterName: 'analytics', namespace: 'spark-jobs', oidcIssuer: EXAMPLE_ISSUER, accountId: '', ...overrides }],
})
const submitters = (overrides: Partial<EksConfig['submitters']>): Partial<EksConfig> => ({
  submitters: { enabled: true, virtualClusterIds: [{ id: 'abc123' }], limit: 'roles', roleArns: [], rolePrefix: '', conditionOperators: 'string', ...overrides },
})

describe('EMR on EKS validation', () => {
  it.each<[string, Partial<Config>, Partial<EksConfig>, string]>([
    ['namespace in upper case', {}, pair({ namespace: 'Spark' }), 'eks.clusters.0.namespace: Namespaces are lower case. Did you mean "spark"?'],
    ['namespace with an underscore', {}, pair({ namespace: 'spark_jobs' }), 'eks.clusters.0.namespace: Namespaces may contain only lower-case letters, digits and hyphens (a DNS-1123 label). Did you mean "spark-jobs"?'],
    ['namespace ending in a hyphen', {}, pair({ namespace: 'spark-' }), 'eks.clusters.0.namespace: Namespaces must begin and end with a letter or a digit. Did you mean "spark"?'],
    ['namespace over 63 characters', {}, pair({ namespace: 'n'.repeat(64) }), 'eks.clusters.0.namespace: Namespaces are at most 63 characters; this one has 64. Did you mean "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"?'],
    ['empty namespace', {}, pair({ namespace: '' }), 'eks.clusters.0.namespace: Enter the Kubernetes namespace the jobs run in, for example spark-jobs.'],
    ['cluster name starting with a hyphen', {}, pair({ clusterName: '-analytics' }), 'eks.clusters.0.clusterName: Cluster names start with a letter or a digit. Did you mean "analytics"?'],
    ['cluster name with a dot', {}, pair({ clusterName: 'analytics.prod' }), 'eks.clusters.0.clusterName: Cluster names may contain only letters, digits, hyphens and underscores. Did you mean "analytics-prod"?'],
    ['cluster name over 100 characters', {}, pair({ clusterName: 'c'.repeat(101) }), 'eks.clusters.0.clusterName: Cluster names are at most 100 characters; this one has 101. Did you mean "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc"?'],
    ['issuer that is not EKS', {}, pair({ oidcIssuer: 'https://accounts.google.com' }), 'eks.clusters.0.oidcIssuer: This is not an EKS OIDC issuer. It looks like https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E.'],
    ['China issuer without .cn', { region: 'cn-north-1' }, pair({ oidcIssuer: 'oidc.eks.cn-north-1.amazonaws.com/id/F3FBBFA3747271100017387E04494B5C' }), 'eks.clusters.0.oidcIssuer: Clusters in China regions have issuers ending in .amazonaws.com.cn, for example oidc.eks.cn-north-1.amazonaws.com.cn/id/….'],
    ['issuer in another partition than the role', { region: 'us-gov-west-1' }, pair({}), 'eks.clusters.0.oidcIssuer: This cluster is in us-west-2 (partition aws), but the role’s region us-gov-west-1 is in aws-us-gov. Choose a region in the cluster’s partition.'],
    ['cluster account of 11 digits', {}, pair({ accountId: '12345678901' }), 'eks.clusters.0.accountId: An AWS account ID is exactly 12 digits; this one has 11.'],
    ['cluster in another account than the role', {}, pair({ accountId: '210987654321' }), 'eks.clusters.0.accountId: This cluster is in account 210987654321, but the role is in 123456789012. EMR on EKS passes the job execution role with iam:PassRole, which does not cross accounts: create the role in the account of the virtual cluster and its EKS cluster, whose IAM holds the cluster’s OIDC provider. To reach data in another account, grant this role in that account’s bucket policy, or let it assume a role there. Clear this field to use the role’s account.'],
    ['the same pair twice', {}, { clusters: [pair({}).clusters?.[0], pair({}).clusters?.[0]].filter((c): c is EksCluster => c !== undefined) }, 'eks.clusters.1.namespace: Cluster analytics with namespace spark-jobs is already listed as pair 1.'],
    ['no pairs', {}, { clusters: [] }, 'eks.clusters: Add at least one EKS cluster and namespace.'],
    ['virtual cluster ID in upper case', {}, submitters({ virtualClusterIds: [{ id: 'ABC123' }] }), 'eks.submitters.virtualClusterIds.0.id: Virtual cluster IDs are lower case. Did you mean "abc123"?'],
    ['virtual cluster given as an ARN', {}, submitters({ virtualClusterIds: [{ id: 'arn:aws:emr-containers:us-west-2:123456789012:/virtualclusters/abc' }] }), 'eks.submitters.virtualClusterIds.0.id: Enter only the ID, the part after /virtualclusters/ in the ARN.'],
    ['virtual cluster ID with a dash', {}, submitters({ virtualClusterIds: [{ id: 'abc-123' }] }), 'eks.submitters.virtualClusterIds.0.id: Virtual cluster IDs contain only lower-case letters and digits. Did you mean "abc123"?'],
    ['a role ARN that is not one', {}, submitters({ roleArns: [{ arn: 'arn:aws:iam::123456789012:user/bob' }] }), 'eks.submitters.roleArns.0.arn: This is not an IAM role ARN. It looks like arn:aws:iam::123456789012:role/MyExecutionRole.'],
    ['a role prefix with a wildcard', {}, submitters({ limit: 'prefix', rolePrefix: 'team-*' }), 'eks.submitters.rolePrefix: Leave out the *: it is added after the prefix. Did you mean "team-"?'],
    ['pasted trust policy that is not JSON', {}, { existingTrustPolicy: '{ "Version": ' }, 'eks.existingTrustPolicy: The pasted trust policy is not valid JSON: Unexpected end of JSON input.'],
    ['log group with a space', {}, { logs: { enabled: true, logGroupName: 'my logs', logStreamPrefix: '', createLogGroup: false } }, 'eks.logs.logGroupName: Log group names may contain letters, digits and . - _ / # only. Did you mean "my-logs"?'],
    ['log stream prefix with a ?', {}, { logs: { enabled: true, logGroupName: 'logs', logStreamPrefix: 'spark?', createLogGroup: false } }, 'eks.logs.logStreamPrefix: A log stream prefix cannot contain "?": IAM reads it as a wildcard, so the role could write to other log streams. Did you mean "spark"?'],
    ['log stream prefix with a policy variable', {}, { logs: { enabled: true, logGroupName: 'logs', logStreamPrefix: 'jobs-${x}', createLogGroup: false } }, 'eks.logs.logStreamPrefix: A log stream prefix cannot contain "${": IAM reads it as the start of a policy variable. Did you mean "jobs-{x}"?'],
    ['log stream prefix with a control character', {}, { logs: { enabled: true, logGroupName: 'logs', logStreamPrefix: 'a\u0085b', createLogGroup: false } }, 'eks.logs.logStreamPrefix: Log stream prefixes in a policy may use only printable Latin-1 characters (no control characters). Did you mean "ab"?'],
    ['approved role ARN with a wildcard path', {}, submitters({ roleArns: [{ arn: 'arn:aws:iam::123456789012:role/team*/x' }] }), 'eks.submitters.roleArns.0.arn: An approved role ARN cannot contain "*": IAM reads it as a wildcard, so submitters could run jobs with other roles.'],
    ['pasted trust policy with a character IAM refuses', {}, { existingTrustPolicy: '{"Statement": [{"Sid": "\u2603"}]}' }, 'eks.existingTrustPolicy: The pasted trust policy contains “☃” (U+2603) at line 1, column 25. IAM policy documents accept only tabs, line breaks and characters U+0020 to U+00FF: replace it (curly quotes with straight ones, for example).'],
  ])('%s', (_name, overrides, eks, expected) => {
    expect(problems(eksTestConfig(overrides, eks))).toEqual([expected])
  })

  it.each<[string, Partial<EksCluster>]>([
    ['the issuer URL as describe-cluster prints it', { oidcIssuer: EXAMPLE_ISSUER }],
    ['the bare host and path', { oidcIssuer: 'oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E' }],
    ['a trailing slash and spaces', { oidcIssuer: `  ${EXAMPLE_ISSUER}/ ` }],
    ['an issuer ID that is not 32 hex (warned, not blocked)', { oidcIssuer: 'oidc.eks.us-west-2.amazonaws.com/id/abc123' }],
  ])('accepts %s', (_name, cluster) => {
    expect(problems(eksTestConfig({}, pair(cluster)))).toEqual([])
  })

  it('does not check EMR on EKS answers while EMR Serverless is the target, nor the reverse', () => {
    expect(problems(eksTestConfig({ target: 'serverless' }, pair({ namespace: 'BAD' })))).toEqual([])
    const badApps = { sourceAccount: true, sourceArn: 'applications' as const, applicationIds: [{ id: 'BAD' }] }
    expect(problems(eksTestConfig({ trust: badApps }))).toEqual([])
  })
})
