import { describe, expect, it } from 'vitest'
import type { EksConfig } from '../config/eks-schema'
import { configSchema, type Config } from '../config/schema'
import { DOCUMENT_IDS, type DocumentId } from '../documents/document-list'
import { buildEksTrustStatements } from '../eks/eks-trust'
import type { PolicyDocument } from '../iam/policy'
import { deriveValidRole } from '../role/derive-role'
import { eksTestConfig, EXAMPLE_ISSUER, testConfig } from '../test-configs'
import { explainDocument } from './explain-document'

const bucket = (name: string, prefix = '', access: 'read' | 'read-write' = 'read') => ({ name, prefix, access })
const ISSUER_2 = 'oidc.eks.us-west-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF'
const pair = (clusterName: string, namespace: string, oidcIssuer = EXAMPLE_ISSUER) => ({ clusterName, namespace, oidcIssuer, accountId: '' })
const submitters = (overrides: Partial<EksConfig['submitters']>): Partial<EksConfig> => ({
  submitters: { enabled: true, virtualClusterIds: [{ id: 'abc123' }], limit: 'roles', roleArns: [], rolePrefix: '', conditionOperators: 'string', ...overrides },
})
const logs = (overrides: Partial<EksConfig['logs']> = {}): Partial<EksConfig> => ({
  logs: { enabled: true, logGroupName: '/emr/jobs', logStreamPrefix: '', createLogGroup: false, ...overrides },
})
const FOREIGN = { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }
const pasted = (...statements: unknown[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements })

/** [sid, field, words the sentence must contain…] for each statement, in document order. */
type Expected = [sid: string, field: string, ...words: string[]][]
type Case = [name: string, config: Config, expected: Partial<Record<DocumentId, Expected>>]

const SAMPLES: Expected = [
  ['ListEMRSamplesBuckets', 'emrSamplesAccess', 's3:ListBucket on the buckets named *.elasticmapreduce', 'EMR sample buckets'],
  ['ReadEMRSamplesObjects', 'emrSamplesAccess', 's3:GetObject on objects in the buckets named *.elasticmapreduce'],
]
const PASS_ROLE: Expected = [
  ['PassJobRuntimeRoleToEMRServerless', 'passRolePolicy', 'iam:PassRole on role EMRServerlessS3RuntimeRole, only to emr-serverless.amazonaws.com', 'emr-serverless:StartJobRun'],
]
const JOBS_1 = ['', 'eks.clusters.0.namespace', 'sts:AssumeRoleWithWebIdentity via the OIDC provider of cluster analytics', 'pair 1', 'namespace spark-jobs'] as Expected[number]

const CASES: Case[] = [
  [
    'Serverless defaults: one whole bucket read only',
    testConfig(),
    {
      'permissions-policy': [
        ...SAMPLES,
        ['ListBuckets', 'buckets.0.prefix', 's3:ListBucket on amzn-example-data: bucket 1 has no prefix', 'find the files under a path'],
        ['ReadObjects', 'buckets.0.access', 's3:GetObject on objects in amzn-example-data: you set bucket 1 to read only'],
      ],
      'trust-policy': [
        ['EMRServerlessTrustPolicy', 'trust.sourceAccount', 'sts:AssumeRole for emr-serverless.amazonaws.com', 'only for account 123456789012 (aws:SourceAccount)'],
      ],
      'passrole-policy': PASS_ROLE,
      'startjobrun-policy': [],
    },
  ],
  [
    'Serverless: prefixes, a bucket written under two prefixes, Glue read, specific applications',
    testConfig({
      buckets: [
        bucket('amzn-example-input', 'raw/'),
        bucket('amzn-example-out', '', 'read-write'),
        bucket('amzn-example-tmp', 'a/', 'read-write'),
        bucket('amzn-example-tmp', 'b/', 'read-write'),
        bucket('amzn-example-all'),
      ],
      emrSamplesAccess: false,
      glueAccess: 'read',
      trust: { sourceAccount: true, sourceArn: 'applications', applicationIds: [{ id: '00fexample1111111' }] },
    }),
    {
      'permissions-policy': [
        ['ListBuckets', 'buckets.1.prefix', 's3:ListBucket on amzn-example-all and amzn-example-out: buckets 2 and 5 have no prefix'],
        ['ListPrefixesInAmznExampleInput', 'buckets.0.prefix'],
        ['ListPrefixesInAmznExampleTmp', 'buckets.2.prefix', 's3:ListBucket with s3:prefix "a/" or "b/"', 'only under those prefixes in amzn-example-tmp', 'buckets 3 and 4'],
        ['ListMultipartUploads', 'buckets.1.access', 's3:ListBucketMultipartUploads on amzn-example-out and amzn-example-tmp', 'buckets 2, 3 and 1 more', 'multipart uploads'],
        ['ReadObjects', 'buckets.0.access', 'amzn-example-all and amzn-example-input/raw/', 'buckets 1 and 5 to read only'],
        ['ReadWriteObjects', 'buckets.1.access', 's3:AbortMultipartUpload, s3:DeleteObject, s3:GetObject and s3:PutObject', 'amzn-example-out, amzn-example-tmp/a/ and 1 more', 'read and write'],
        ['GlueReadDataCatalog', 'glueAccess', 'glue:GetDatabase, glue:GetDatabases and 5 more on the Glue Data Catalog of account 123456789012 in us-east-1', '"Read only"'],
      ],
      'trust-policy': [
        ['EMRServerlessTrustPolicy', 'trust.applicationIds.0.id', 'only for application 00fexample1111111 (aws:SourceArn) and only for account 123456789012'],
      ],
      'passrole-policy': PASS_ROLE,
    },
  ],
  [
    'Serverless: buckets whose Sids collide are matched by their ARNs, not by the numbered Sid',
    testConfig({ buckets: [bucket('my.data', 'x/'), bucket('my-data', 'y/')], emrSamplesAccess: false }),
    {
      'permissions-policy': [
        ['ListPrefixesInMyData', 'buckets.1.prefix', 'only under y/ in my-data', 'bucket 2'],
        ['ListPrefixesInMyData2', 'buckets.0.prefix', 'only under x/ in my.data', 'bucket 1'],
        ['ReadObjects', 'buckets.0.access', 'my-data/y/ and my.data/x/', 'buckets 1 and 2'],
      ],
    },
  ],
  [
    'Serverless: All buckets, Glue create and read, every application in the region, no PassRole policy',
    testConfig({
      s3Access: 'all',
      emrSamplesAccess: false,
      glueAccess: 'create-read',
      trust: { sourceAccount: false, sourceArn: 'all-applications', applicationIds: [] },
      passRolePolicy: false,
    }),
    {
      'permissions-policy': [['GlueCreateAndReadDataCatalog', 'glueAccess', 'glue:BatchCreatePartition, glue:CreateDatabase and 11 more', '"Create and read"']],
      'trust-policy': [['EMRServerlessTrustPolicy', 'trust.sourceArn', 'only for applications of account 123456789012 in us-east-1 (aws:SourceArn)']],
      'passrole-policy': [],
    },
  ],
  [
    'Serverless: nothing granted, no condition on the trust policy',
    testConfig({ s3Access: 'none', emrSamplesAccess: false, trust: { sourceAccount: false, sourceArn: 'none', applicationIds: [] } }),
    {
      'permissions-policy': [],
      'trust-policy': [['EMRServerlessTrustPolicy', 'trust.sourceAccount', 'aws:SourceAccount off', 'nothing in it ties the role to your account']],
    },
  ],
  [
    'EMR on EKS: one pair, defaults',
    eksTestConfig(),
    {
      'permissions-policy': [...SAMPLES, ['ListBuckets', 'buckets.0.prefix'], ['ReadObjects', 'buckets.0.access']],
      'trust-policy': [JOBS_1],
      'passrole-policy': [],
      'startjobrun-policy': [],
    },
  ],
  [
    'EMR on EKS: two pairs, aud, operators, logs under a prefix, approved roles, a pasted foreign statement',
    eksTestConfig(
      { emrSamplesAccess: false, s3Access: 'none' },
      {
        clusters: [pair('analytics', 'spark-jobs'), pair('batch', 'etl', ISSUER_2)],
        requireAudience: true,
        serviceAccounts: { sparkOperator: true, flinkOperator: false, livy: true },
        existingTrustPolicy: pasted(FOREIGN),
        ...logs({ logStreamPrefix: 'spark', createLogGroup: true }),
        ...submitters({ virtualClusterIds: [{ id: 'abc123' }, { id: 'def456' }], roleArns: [{ arn: 'arn:aws:iam::123456789012:role/other' }] }),
      },
    ),
    {
      'permissions-policy': [
        ['CreateCloudWatchLogGroup', 'eks.logs.createLogGroup', 'logs:CreateLogGroup for /emr/jobs', 'does not exist yet'],
        ['DescribeCloudWatchLogGroups', 'eks.logs.enabled', 'logs:DescribeLogGroups on the log groups of account 123456789012 in us-west-2'],
        ['DescribeAndCreateCloudWatchLogStreams', 'eks.logs.logGroupName', 'logs:CreateLogStream and logs:DescribeLogStreams in /emr/jobs'],
        ['WriteToCloudWatchLogs', 'eks.logs.logStreamPrefix', 'logs:PutLogEvents on log streams under spark/ in /emr/jobs'],
      ],
      'trust-policy': [
        ['', 'eks.existingTrustPolicy', '"sts:AssumeRole" for Service "ec2.amazonaws.com": kept from the trust policy you pasted'],
        JOBS_1,
        ['', 'eks.serviceAccounts.sparkOperator', 'for the Spark operator and Livy service accounts in namespace spark-jobs of cluster analytics', 'fixed names'],
        ['', 'eks.clusters.1.namespace', 'via the OIDC provider of cluster batch', 'pair 2', 'namespace etl'],
        ['', 'eks.serviceAccounts.sparkOperator', 'in namespace etl of cluster batch'],
      ],
      'startjobrun-policy': [
        ['StartJobRunsWithApprovedExecutionRoles', 'eks.submitters.limit', 'emr-containers:StartJobRun on virtual clusters abc123 and def456', 'only with this role or 1 other approved role'],
        ['ListJobRuns', 'eks.submitters.virtualClusterIds.0.id', 'emr-containers:ListJobRuns on virtual clusters abc123 and def456'],
        ['DescribeAndCancelJobRuns', 'eks.submitters.virtualClusterIds.0.id', 'emr-containers:CancelJobRun and emr-containers:DescribeJobRun on the job runs of virtual clusters abc123 and def456'],
      ],
    },
  ],
  [
    'EMR on EKS: a Flink operator only, logs in any stream, a role-name prefix, virtual clusters listed out of order (the field is the first row)',
    eksTestConfig(
      { s3Access: 'none', emrSamplesAccess: false },
      {
        serviceAccounts: { sparkOperator: false, flinkOperator: true, livy: false },
        ...logs(),
        ...submitters({ limit: 'prefix', rolePrefix: 'analytics-', virtualClusterIds: [{ id: 'zzz9' }, { id: 'aaa1' }] }),
      },
    ),
    {
      'permissions-policy': [
        ['DescribeCloudWatchLogGroups', 'eks.logs.enabled'],
        ['DescribeAndCreateCloudWatchLogStreams', 'eks.logs.logGroupName'],
        ['WriteToCloudWatchLogs', 'eks.logs.logGroupName', 'logs:PutLogEvents on any log stream in /emr/jobs'],
      ],
      'trust-policy': [JOBS_1, ['', 'eks.serviceAccounts.flinkOperator', 'its fixed name, emr-containers-sa-flink-operator, does not match the job pattern']],
      'startjobrun-policy': [
        ['StartJobRunsWithApprovedExecutionRoles', 'eks.submitters.rolePrefix', 'only with execution roles whose names start with "analytics-" or with this role'],
        ['ListJobRuns', 'eks.submitters.virtualClusterIds.0.id', 'virtual clusters aaa1 and zzz9'],
        ['DescribeAndCancelJobRuns', 'eks.submitters.virtualClusterIds.0.id'],
      ],
    },
  ],
  [
    'EMR on EKS: roles with a tag (not supported), so any execution role',
    eksTestConfig({ s3Access: 'none', emrSamplesAccess: false }, submitters({ limit: 'tags' })),
    {
      'permissions-policy': [],
      'startjobrun-policy': [
        ['StartJobRunsWithApprovedExecutionRoles', 'eks.submitters.limit', 'with any execution role', 'does not support tag-based access control'],
        ['ListJobRuns', 'eks.submitters.virtualClusterIds.0.id', 'virtual cluster abc123:'],
        ['DescribeAndCancelJobRuns', 'eks.submitters.virtualClusterIds.0.id'],
      ],
    },
  ],
  [
    'EMR on EKS: two clusters behind one OIDC provider give the same statement; each is its own pair',
    eksTestConfig({}, { clusters: [pair('analytics', 'spark-jobs'), pair('analytics-copy', 'spark-jobs')] }),
    {
      'trust-policy': [JOBS_1, ['', 'eks.clusters.1.namespace', 'cluster analytics-copy', 'pair 2']],
    },
  ],
]

/** Every document the configuration gives, by id; null where it gives none. */
function documentsOf(config: Config): Record<DocumentId, PolicyDocument | null> {
  const derived = deriveValidRole(config)
  if (!derived.ok) throw new Error('the test configuration is not valid')
  const byId = new Map(derived.named.map((n) => [n.id, n.document]))
  return Object.fromEntries(DOCUMENT_IDS.map((id) => [id, byId.get(id) ?? null])) as Record<DocumentId, PolicyDocument | null>
}

describe('explainDocument', () => {
  it.each(CASES)('%s', (_name, input, expected) => {
    const config = configSchema.parse(input)
    const documents = documentsOf(config)
    for (const [id, statements] of Object.entries(expected) as [DocumentId, Expected][]) {
      const explanations = explainDocument(config, id, documents[id])
      expect(explanations.map((e) => [e.sid, e.field]), id).toEqual(statements.map(([sid, field]) => [sid, field]))
      explanations.forEach((e, i) => {
        for (const word of statements[i]?.slice(2) ?? []) expect(e.sentence, `${id} ${e.sid}`).toContain(word)
      })
    }
  })

  it('says the lead’s example sentence word for word', () => {
    const config = configSchema.parse(testConfig({ buckets: [bucket('amzn-example-input', 'raw/')], emrSamplesAccess: false }))
    expect(explainDocument(config, 'permissions-policy', documentsOf(config)['permissions-policy'])[0]).toEqual({
      sid: 'ListPrefixesInAmznExampleInput',
      sentence: 's3:ListBucket with s3:prefix "raw/": lets Spark list only under raw/ in amzn-example-input, the prefix you gave for bucket 1.',
      field: 'buckets.0.prefix',
    })
  })

  it('quotes what the user typed literally: no wildcard or policy variable is read into it', () => {
    const config = configSchema.parse(testConfig({ buckets: [bucket('amzn-example-data', 'my $dir {x} & "y"/')], emrSamplesAccess: false }))
    const [list, read] = explainDocument(config, 'permissions-policy', documentsOf(config)['permissions-policy'])
    expect(list?.sentence).toContain('s3:prefix "my $dir {x} & "y"/": lets Spark list only under my $dir {x} & "y"/ in amzn-example-data')
    expect(read?.sentence).toContain('amzn-example-data/my $dir {x} & "y"/')
  })

  it('tells a pasted statement that is already the generated one, and one that nearly is, from the appended statement', () => {
    const base = eksTestConfig()
    const [generated] = buildEksTrustStatements(configSchema.parse(base))
    const config = configSchema.parse(eksTestConfig({}, { existingTrustPolicy: pasted(generated, { Sid: 'Mine', ...generated }, FOREIGN) }))
    const explanations = explainDocument(config, 'trust-policy', documentsOf(config)['trust-policy'])
    expect(explanations.map((e) => [e.sid, e.field])).toEqual([
      ['', 'eks.existingTrustPolicy'],
      ['Mine', 'eks.existingTrustPolicy'],
      ['', 'eks.existingTrustPolicy'],
    ])
    expect(explanations[0]?.sentence).toContain('already in the trust policy you pasted, exactly as this app writes it for pair 1')
    expect(explanations[1]?.sentence).toContain('the same service accounts as the statement for pair 1 but is not identical')
    expect(explanations[2]?.sentence).toContain('the app did not write it')
  })

  it('keeps a pasted statement on one line and literal, whatever it holds', () => {
    const config = configSchema.parse(eksTestConfig({}, { existingTrustPolicy: pasted({ Effect: 'Deny', Principal: '*', Action: ['sts:Assume\nRole', '${aws:username}'] }, 42) }))
    const [deny, odd] = explainDocument(config, 'trust-policy', documentsOf(config)['trust-policy'])
    expect(deny?.sentence).toMatch(/^Deny "sts:Assume\\nRole" and "\$\{aws:username\}" for "\*": kept from the trust policy you pasted/)
    expect(odd?.sentence).toMatch(/^A statement that is not a JSON object \(42\)/)
    expect(odd?.field).toBe('eks.existingTrustPolicy')
  })

  it('does not guess: a statement no answer accounts for gets the generic sentence and no field', () => {
    const config = configSchema.parse(testConfig())
    const document: PolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'ReadObjects', Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::someone-elses-bucket/*'] },
        { Sid: 'Extra', Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '*' },
        { Sid: 'GlueReadDataCatalog', Effect: 'Allow', Action: ['glue:GetTable'], Resource: '*' },
      ],
    }
    expect(explainDocument(config, 'permissions-policy', document)).toEqual([
      { sid: 'ReadObjects', sentence: '"s3:GetObject": none of your answers wrote it, so no field changes it.', field: '' },
      { sid: 'Extra', sentence: '"dynamodb:GetItem": none of your answers wrote it, so no field changes it.', field: '' },
      { sid: 'GlueReadDataCatalog', sentence: '"glue:GetTable": none of your answers wrote it, so no field changes it.', field: '' },
    ])
  })

  it('matches thousands of bucket rows back to their statements', () => {
    const buckets = Array.from({ length: 3000 }, (_, i) => bucket(`amzn-example-${String(i).padStart(4, '0')}`, i % 2 === 0 ? '' : `p${i}/`, i % 3 === 0 ? 'read-write' : 'read'))
    const config = configSchema.parse(testConfig({ buckets, emrSamplesAccess: false }))
    const explanations = explainDocument(config, 'permissions-policy', documentsOf(config)['permissions-policy'])
    expect(explanations).toHaveLength(1 + 1500 + 3)
    expect(explanations[0]).toMatchObject({ sid: 'ListBuckets', field: 'buckets.0.prefix' })
    expect(explanations[0]?.sentence).toContain('on amzn-example-0000, amzn-example-0002 and 1,498 more: buckets 1, 3 and 1,498 more have no prefix')
    expect(explanations[1500]).toMatchObject({ sid: 'ListPrefixesInAmznExample2999', field: 'buckets.2999.prefix' })
    expect(explanations.slice(-3).map((e) => [e.sid, e.field])).toEqual([
      ['ListMultipartUploads', 'buckets.0.access'],
      ['ReadObjects', 'buckets.1.access'],
      ['ReadWriteObjects', 'buckets.0.access'],
    ])
  })

  it('explains nothing for an absent document', () => {
    expect(explainDocument(configSchema.parse(testConfig()), 'permissions-policy', null)).toEqual([])
  })
})
