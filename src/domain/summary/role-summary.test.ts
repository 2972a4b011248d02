import { describe, expect, it } from 'vitest'
import type { EksConfig } from '../config/eks-schema'
import { configSchema, type Config } from '../config/schema'
import { buildCliTrustStatement } from '../eks/eks-trust'
import type { PolicyDocument, Statement } from '../iam/policy'
import { buildRoleDocuments } from '../role/build-role-documents'
import { eksTestConfig, EXAMPLE_ISSUER, TEST_CONTEXT, testConfig } from '../test-configs'
import { summarizeRole } from './role-summary'

const bucket = (name: string, prefix = '', access: 'read' | 'read-write' = 'read') => ({ name, prefix, access })
const submitters = (overrides: Partial<EksConfig['submitters']>): Partial<EksConfig> => ({
  submitters: { enabled: true, virtualClusterIds: [{ id: 'abc123' }], limit: 'roles', roleArns: [], rolePrefix: 'analytics-', conditionOperators: 'string', ...overrides },
})
const logs = (overrides: Partial<EksConfig['logs']> = {}): Partial<EksConfig> => ({
  logs: { enabled: true, logGroupName: '/emr/jobs', logStreamPrefix: '', createLogGroup: false, ...overrides },
})

const SAMPLES = 'Lists and reads objects in the buckets named *.elasticmapreduce, where EMR keeps its samples'
const NO_OTHER_SERVICE = 'Has no permissions for any other AWS service, IAM and KMS included'
const NO_LOGS = 'Cannot write to CloudWatch Logs'
const NO_GLUE = 'Cannot use the Glue Data Catalog'
const SERVERLESS_ONLY = 'Cannot be assumed by users, other roles or any other AWS service'
const ACCOUNT_ONLY = 'Can be assumed by EMR Serverless applications in account 123456789012 only (in any region)'
const PASS_ROLE = 'Job submitters given the PassRole policy may pass this role to EMR Serverless, and to no other service'
const NO_OTHER_BUCKET = 'Cannot read any other S3 bucket, apart from the EMR samples'
const NO_WRITE = 'Cannot write to or delete from any S3 bucket'
const NO_BUCKET_SETTINGS = 'Cannot delete buckets or change their settings or policies'
const EKS_ONLY = 'Cannot be assumed from another cluster or namespace, by service accounts named for another role, or by users and AWS services'
const EKS_PAIR = 'Can be assumed by EMR on EKS jobs run with this role in namespace spark-jobs of cluster analytics'
const EKS_NAMES = 'Recognises those jobs by their service accounts’ names, emr-containers-sa-*-*-123456789012-16o0gwny3p: the role name is encoded exactly, capitals included'

/** Configurations that between them take every branch of the summary, each with the summary it must give. */
const CASES: [string, Config, { can: string[]; cannot: string[] }][] = [
  [
    'Serverless: one bucket read and written under raw/, one read whole, Glue read only',
    testConfig({ buckets: [bucket('amzn-example-data', 'raw/', 'read-write'), bucket('amzn-example-logs')], glueAccess: 'read' }),
    {
      can: [
        'Lists, reads, writes and deletes objects under raw/ in amzn-example-data',
        'Lists and reads objects in amzn-example-logs',
        'Lists unfinished multipart uploads anywhere in amzn-example-data (S3 cannot limit that to a key prefix)',
        SAMPLES,
        'Reads the Glue Data Catalog of account 123456789012 in us-east-1 (all databases, tables and partitions)',
        ACCOUNT_ONLY,
        PASS_ROLE,
      ],
      cannot: [
        NO_OTHER_BUCKET,
        NO_BUCKET_SETTINGS,
        'Cannot create, change or delete anything in the Data Catalog',
        'Cannot use the Data Catalog of another account or region',
        NO_LOGS,
        SERVERLESS_ONLY,
        NO_OTHER_SERVICE,
      ],
    },
  ],
  [
    'Serverless: read the whole bucket, write only under out/ and tmp/; no samples',
    testConfig({
      buckets: [bucket('amzn-example-data'), bucket('amzn-example-data', 'tmp/', 'read-write'), bucket('amzn-example-data', 'out/', 'read-write')],
      emrSamplesAccess: false,
    }),
    {
      can: [
        'Lists and reads objects in amzn-example-data; writes and deletes them only under out/ and tmp/',
        'Lists unfinished multipart uploads anywhere in amzn-example-data (S3 cannot limit that to a key prefix)',
        ACCOUNT_ONLY,
        PASS_ROLE,
      ],
      cannot: ['Cannot read any other S3 bucket', NO_BUCKET_SETTINGS, NO_GLUE, NO_LOGS, SERVERLESS_ONLY, NO_OTHER_SERVICE],
    },
  ],
  [
    'Serverless: submitters run jobs on two applications, interactive too',
    testConfig({
      emrSamplesAccess: false,
      submitterJobRuns: { enabled: true, interactive: true, scope: 'applications', applicationIds: [{ id: 'app2' }, { id: 'app1' }] },
    }),
    {
      can: [
        'Lists and reads objects in amzn-example-data',
        ACCOUNT_ONLY,
        'Job submitters given the PassRole and job-run policy may pass this role to EMR Serverless, and to no other service',
        'Job submitters given that policy can start, list, get, cancel and open the dashboards of job runs on applications app2 and app1, ' +
          'and use their EMR Studio and Apache Livy interactive endpoints',
      ],
      cannot: [
        'Cannot read any other S3 bucket',
        NO_WRITE,
        NO_BUCKET_SETTINGS,
        NO_GLUE,
        NO_LOGS,
        SERVERLESS_ONLY,
        'Submitters with only that policy cannot run jobs on another application',
        NO_OTHER_SERVICE,
      ],
    },
  ],
  [
    'Serverless: submitters run jobs on every application in the region',
    testConfig({
      emrSamplesAccess: false,
      submitterJobRuns: { enabled: true, interactive: false, scope: 'all-applications', applicationIds: [{ id: '' }] },
    }),
    {
      can: [
        'Lists and reads objects in amzn-example-data',
        ACCOUNT_ONLY,
        'Job submitters given the PassRole and job-run policy may pass this role to EMR Serverless, and to no other service',
        'Job submitters given that policy can start, list, get, cancel and open the dashboards of job runs on every application in us-east-1 of account 123456789012',
      ],
      cannot: ['Cannot read any other S3 bucket', NO_WRITE, NO_BUCKET_SETTINGS, NO_GLUE, NO_LOGS, SERVERLESS_ONLY, NO_OTHER_SERVICE],
    },
  ],
  [
    'Serverless: All buckets, one application, no PassRole policy',
    testConfig({
      s3Access: 'all',
      emrSamplesAccess: false,
      trust: { sourceAccount: false, sourceArn: 'applications', applicationIds: [{ id: '00fexample1111111' }] },
      passRolePolicy: false,
    }),
    {
      can: [
        'Has full access to every S3 bucket and object the account can reach (the AWS managed policy AmazonS3FullAccess: ' +
          's3:* on every resource), deleting objects and buckets and changing bucket policies included',
        'Can be assumed by EMR Serverless only for the application 00fexample1111111 in us-east-1 of account 123456789012',
      ],
      cannot: [NO_GLUE, NO_LOGS, SERVERLESS_ONLY, NO_OTHER_SERVICE],
    },
  ],
  [
    'Serverless: no S3 but the samples, every application in the region, Glue create and read',
    testConfig({ s3Access: 'none', glueAccess: 'create-read', trust: { sourceAccount: true, sourceArn: 'all-applications', applicationIds: [] } }),
    {
      can: [
        SAMPLES,
        'Reads the Glue Data Catalog of account 123456789012 in us-east-1 (all databases, tables and partitions)',
        'Creates databases, creates, changes and deletes tables, and adds partitions, in every database of that catalog',
        'Can be assumed by EMR Serverless for any application in us-east-1 of account 123456789012 only',
        PASS_ROLE,
      ],
      cannot: [
        'Cannot read any other S3 bucket',
        NO_WRITE,
        'Cannot delete databases or partitions',
        'Cannot use the Data Catalog of another account or region',
        NO_LOGS,
        SERVERLESS_ONLY,
        NO_OTHER_SERVICE,
      ],
    },
  ],
  [
    'Serverless: nothing granted, no aws:SourceAccount',
    testConfig({ s3Access: 'none', emrSamplesAccess: false, trust: { sourceAccount: false, sourceArn: 'none', applicationIds: [] } }),
    {
      can: ['Can be assumed by EMR Serverless acting for any account: the trust policy has no aws:SourceAccount condition', PASS_ROLE],
      cannot: ['Cannot read or write any S3 bucket', NO_GLUE, NO_LOGS, SERVERLESS_ONLY, 'Has no permissions for any AWS service'],
    },
  ],
  [
    'EMR on EKS: one pair, read-only bucket, no logs, no submitters',
    eksTestConfig(),
    {
      can: ['Lists and reads objects in amzn-example-data', SAMPLES, EKS_PAIR, EKS_NAMES],
      cannot: [NO_OTHER_BUCKET, NO_WRITE, NO_BUCKET_SETTINGS, NO_GLUE, NO_LOGS, EKS_ONLY, NO_OTHER_SERVICE],
    },
  ],
  [
    'EMR on EKS: two pairs, audience, operators, logs under a prefix, two approved roles',
    eksTestConfig(
      {},
      {
        clusters: [
          { clusterName: 'analytics', namespace: 'spark-jobs', oidcIssuer: EXAMPLE_ISSUER, accountId: '' },
          { clusterName: 'batch', namespace: 'etl', oidcIssuer: 'oidc.eks.us-west-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF', accountId: '' },
        ],
        requireAudience: true,
        serviceAccounts: { sparkOperator: true, flinkOperator: false, livy: true },
        ...logs({ logStreamPrefix: 'spark', createLogGroup: true }),
        ...submitters({ virtualClusterIds: [{ id: 'abc123' }, { id: 'def456' }], roleArns: [{ arn: 'arn:aws:iam::123456789012:role/other' }, { arn: 'arn:aws:iam::123456789012:role/myrole' }] }),
      },
    ),
    {
      can: [
        'Lists and reads objects in amzn-example-data',
        SAMPLES,
        'Creates the log group /emr/jobs',
        'Writes job logs to log streams under spark/ in the log group /emr/jobs',
        'Creates and describes log streams in the log group /emr/jobs, and describes the log groups of account 123456789012 in us-west-2',
        EKS_PAIR,
        'Can be assumed by EMR on EKS jobs run with this role in namespace etl of cluster batch',
        EKS_NAMES,
        'Can also be assumed by the Spark operator and Livy service accounts (emr-containers-sa-spark-operator, emr-containers-sa-livy ' +
          'and emr-container-sa-spark-livy) in the same namespaces',
        'Job submitters given the StartJobRun policy can start, list, describe and cancel job runs on virtual clusters abc123 and def456, ' +
          'with this role or 1 other approved role as the execution role',
      ],
      cannot: [
        NO_OTHER_BUCKET,
        NO_WRITE,
        NO_BUCKET_SETTINGS,
        NO_GLUE,
        'Cannot write to any other log group, or read log events',
        EKS_ONLY,
        'Cannot be assumed with a token issued for any audience but sts.amazonaws.com',
        'Submitters with only that policy cannot start jobs on another virtual cluster, or with an execution role it does not approve',
        NO_OTHER_SERVICE,
      ],
    },
  ],
  [
    'EMR on EKS: a role-name prefix this role does not match, logs in any stream',
    eksTestConfig({ s3Access: 'none', emrSamplesAccess: false }, { ...logs(), ...submitters({ limit: 'prefix', rolePrefix: 'analytics-' }) }),
    {
      can: [
        'Writes job logs to any log stream in the log group /emr/jobs',
        'Creates and describes log streams in the log group /emr/jobs, and describes the log groups of account 123456789012 in us-west-2',
        EKS_PAIR,
        EKS_NAMES,
        'Job submitters given the StartJobRun policy can start, list, describe and cancel job runs on virtual cluster abc123, ' +
          'with any execution role whose ARN matches arn:aws:iam::123456789012:role/analytics-* and with this role',
      ],
      cannot: [
        'Cannot read or write any S3 bucket',
        NO_GLUE,
        'Cannot write to any other log group, or read log events',
        EKS_ONLY,
        'Submitters with only that policy cannot start jobs on another virtual cluster, or with an execution role it does not approve',
        NO_OTHER_SERVICE,
      ],
    },
  ],
  [
    'EMR on EKS: a pasted trust policy, submitters with any execution role',
    eksTestConfig(
      {},
      {
        existingTrustPolicy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        }),
        ...submitters({ limit: 'none' }),
      },
    ),
    {
      can: [
        'Lists and reads objects in amzn-example-data',
        SAMPLES,
        EKS_PAIR,
        EKS_NAMES,
        'Keeps the 1 statement of the pasted trust policy: whoever they trust can assume it too',
        'Job submitters given the StartJobRun policy can start, list, describe and cancel job runs on virtual cluster abc123, with any execution role',
      ],
      cannot: [
        NO_OTHER_BUCKET,
        NO_WRITE,
        NO_BUCKET_SETTINGS,
        NO_GLUE,
        NO_LOGS,
        `${EKS_ONLY}, except as the pasted statements allow`,
        'Submitters with only that policy cannot start jobs on another virtual cluster',
        NO_OTHER_SERVICE,
      ],
    },
  ],
  [
    'Serverless with a permissions boundary, description, session duration and tags: only the boundary changes what it can do',
    testConfig({
      emrSamplesAccess: false,
      passRolePolicy: false,
      roleSettings: {
        permissionsBoundary: 'arn:aws:iam::123456789012:policy/TeamBoundary',
        description: 'Team A',
        maxSessionDuration: 7200,
        tags: [{ key: 'team', value: 'a' }],
      },
    }),
    {
      can: ['Lists and reads objects in amzn-example-data', ACCOUNT_ONLY],
      cannot: [
        'Cannot read any other S3 bucket',
        NO_WRITE,
        NO_BUCKET_SETTINGS,
        NO_GLUE,
        NO_LOGS,
        SERVERLESS_ONLY,
        'Cannot use any of these permissions that its permissions boundary, arn:aws:iam::123456789012:policy/TeamBoundary, does not also allow: ' +
          'the boundary limits what the role’s policies grant, and grants nothing itself',
        NO_OTHER_SERVICE,
      ],
    },
  ],
]

describe('summarizeRole', () => {
  it.each(CASES)('%s', (_name, config, expected) => {
    expect(summarizeRole(configSchema.parse(config))).toEqual(expected)
  })

  it('tells ten buckets one by one and counts the rest', () => {
    const buckets = Array.from({ length: 1000 }, (_, i) => bucket(`amzn-example-${String(i).padStart(4, '0')}`, '', i % 100 === 0 ? 'read-write' : 'read'))
    const { can } = summarizeRole(configSchema.parse(testConfig({ buckets, emrSamplesAccess: false })))
    expect(can.filter((s) => s.startsWith('Lists and reads objects in amzn-example-') || s.startsWith('Lists, reads'))).toHaveLength(10)
    expect(can).toContain('Lists and reads objects in 990 more buckets, and writes and deletes objects in 9 of them; the permissions policy names each one')
    expect(can).toContain(
      'Lists unfinished multipart uploads anywhere in amzn-example-0000, amzn-example-0100, amzn-example-0200, amzn-example-0300, amzn-example-0400 and 5 more',
    )
  })

  it('tells ten (cluster, namespace) pairs one by one and counts the rest', () => {
    const clusters = Array.from({ length: 12 }, (_, i) => ({ clusterName: 'analytics', namespace: `ns-${i}`, oidcIssuer: EXAMPLE_ISSUER, accountId: '' }))
    const { can } = summarizeRole(configSchema.parse(eksTestConfig({}, { clusters })))
    expect(can.filter((s) => s.startsWith('Can be assumed by EMR on EKS jobs'))).toHaveLength(10)
    expect(can).toContain('Can be assumed the same way in 2 more (cluster, namespace) pairs')
  })
})

/** What the documents grant, read back from them: the summary's claims are checked against these. */
function granted(config: Config) {
  const documents = buildRoleDocuments(config)
  const statements = documents.permissionsPolicy?.Statement ?? []
  const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value])
  const actions = statements.flatMap((s) => list(s.Action))
  const resourcesOf = (action: string) => statements.filter((s) => list(s.Action).includes(action)).flatMap((s) => list(s.Resource))
  const trust = documents.trustPolicy.Statement
  return { documents, actions, resourcesOf, trust, submitters: documents.submitterPolicy }
}

const bucketOf = (arn: string) => arn.replace(/^arn:[\w-]+:s3:::/, '').split('/')[0] ?? ''
const principals = (trust: Statement[]) => trust.flatMap((s) => Object.entries(s.Principal ?? {}).map(([kind, value]) => `${kind}:${String(value)}`))

describe('every sentence is true of the documents', () => {
  it.each(CASES)('%s', (_name, raw) => {
    const config = configSchema.parse(raw)
    const summary = summarizeRole(config)
    const { documents, actions, resourcesOf, trust, submitters } = granted(config)
    const says = (sentence: string) => summary.can.includes(sentence) || summary.cannot.includes(sentence)
    const saysSome = (pattern: RegExp) => [...summary.can, ...summary.cannot].some((s) => pattern.test(s))

    // Services: only S3, Glue and CloudWatch Logs, and AmazonS3FullAccess is the only managed policy.
    expect(actions.every((a) => /^(s3|glue|logs):/.test(a))).toBe(true)
    expect(documents.managedPolicyArns.every((arn) => arn.endsWith(':policy/AmazonS3FullAccess'))).toBe(true)
    const anything = actions.length > 0 || documents.managedPolicyArns.length > 0
    expect(says(NO_OTHER_SERVICE)).toBe(anything)
    expect(says('Has no permissions for any AWS service')).toBe(!anything)

    // S3: every bucket the inline policy names is in a sentence (or is the samples'); writes only where it says.
    const s3Resources = actions.filter((a) => a.startsWith('s3:')).flatMap(resourcesOf)
    for (const name of new Set(s3Resources.map(bucketOf))) {
      if (name === '*.elasticmapreduce') expect(summary.can).toContain(SAMPLES)
      else expect(summary.can.some((s) => s.includes(` in ${name}`))).toBe(true)
    }
    const writes = actions.some((a) => a === 's3:PutObject' || a === 's3:DeleteObject') || config.s3Access === 'all'
    expect(says(NO_WRITE) || says('Cannot read or write any S3 bucket')).toBe(!writes)
    expect(saysSome(/writes and deletes|s3:\* on every resource/)).toBe(writes)
    if (says(NO_BUCKET_SETTINGS)) expect(actions.filter((a) => /^s3:(Delete|Put)Bucket/.test(a))).toEqual([])
    if (resourcesOf('s3:ListBucketMultipartUploads').length > 0) expect(saysSome(/^Lists unfinished multipart uploads/)).toBe(true)

    // Glue: on this account and region only; deletes tables at most.
    const glue = actions.filter((a) => a.startsWith('glue:'))
    expect(says(NO_GLUE)).toBe(glue.length === 0)
    for (const arn of glue.flatMap(resourcesOf)) expect(arn).toMatch(new RegExp(`^arn:[\\w-]+:glue:${config.region}:${config.accountId}:`))
    expect(glue.filter((a) => /Delete/.test(a) && a !== 'glue:DeleteTable')).toEqual([])
    expect(saysSome(/deletes tables/)).toBe(glue.includes('glue:DeleteTable'))

    // Logs: writes only into the one log group, and reads no events.
    expect(says(NO_LOGS)).toBe(!actions.includes('logs:PutLogEvents'))
    for (const arn of resourcesOf('logs:PutLogEvents')) expect(arn).toContain(`:log-group:${config.eks.logs.logGroupName}:log-stream:`)
    expect(actions.filter((a) => a.startsWith('logs:Get') || a.startsWith('logs:Filter'))).toEqual([])

    // Trust: the service alone for EMR Serverless; one federated statement per pair for EMR on EKS.
    if (config.target === 'serverless') {
      expect(principals(trust)).toEqual(['Service:emr-serverless.amazonaws.com'])
    } else {
      const generated = trust.filter((s) => s.Action === 'sts:AssumeRoleWithWebIdentity')
      expect(generated.filter((s) => JSON.stringify(s).includes('emr-containers-sa-*-*-'))).toHaveLength(config.eks.clusters.length)
      const pasted = trust.length - generated.length
      expect(saysSome(/except as the pasted statements allow$/)).toBe(pasted > 0)
      expect(principals(generated).every((p) => p.startsWith(`Federated:arn:aws:iam::${config.accountId}:oidc-provider/`))).toBe(true)
      for (const cluster of config.eks.clusters) {
        const { Condition } = buildCliTrustStatement(cluster, config.roleName, TEST_CONTEXT)
        const sub = Object.values(Condition?.StringLike ?? {})[0]
        expect(summary.can.some((s) => typeof sub === 'string' && s.includes(sub.split(':').pop() ?? '-'))).toBe(true)
      }
    }

    // Submitters: a policy exactly when a sentence tells what it allows.
    expect(saysSome(/^Job submitters given the/)).toBe(submitters !== null)
    if (submitters !== null && config.target === 'eks') expectStartJobRunLimit(submitters, summary.cannot)
  })
})

/** "…or with an execution role it does not approve" exactly when StartJobRun has an ExecutionRoleArn condition. */
function expectStartJobRunLimit(policy: PolicyDocument, cannot: string[]) {
  const [startJobRun] = policy.Statement
  const limited = JSON.stringify(startJobRun?.Condition ?? {}).includes('emr-containers:ExecutionRoleArn')
  expect(cannot.some((s) => s.endsWith('with an execution role it does not approve'))).toBe(limited)
}
