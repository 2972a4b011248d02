import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ConfigInput } from '../config/schema'
import { importedOpenResult, importRole } from './import-role'

const fixture = (name: string) => readFileSync(`src/domain/import-role/fixtures/${name}`, 'utf8')

interface Case {
  name: string
  text: string
  values: Partial<ConfigInput>
  /** The documents kept as edits. */
  edits: string[]
  notes?: RegExp[]
  unrecognised?: RegExp[]
  /** Fields left with a problem (empty when the answers are valid). */
  problems?: string[]
}

const CASES: Case[] = [
  {
    name: 'EMR Serverless: get-role + get-role-policy with the sample runtime policy of the EMR Serverless guide',
    text: fixture('serverless-docs-sample.txt'),
    values: {
      target: 'serverless',
      roleName: 'EMRServerlessS3RuntimeRole',
      accountId: '123456789012',
      rolePath: '',
      s3Access: 'specific',
      buckets: [{ name: 'amzn-s3-demo-bucket', prefix: '', access: 'read-write' }],
      emrSamplesAccess: true,
      glueAccess: 'create-read',
      trust: { sourceAccount: true, sourceArn: 'none', applicationIds: [] },
    },
    edits: ['permissions-policy'],
    notes: [
      /statement 'GlueCreateAndReadDataCatalog' grants .* on \*, broader than the wizard writes/,
      /statement 'ReadAccessForEMRSamples' grants s3:GetObject, s3:ListBucket on arn:aws:s3:::\*\.elasticmapreduce/,
      /The pasted permissions policy is kept as an edited document/,
      /The role names no region; the region is set to us-east-1/,
    ],
    // The guide's placeholder bucket: AWS reserves the amzn-s3-demo- prefix, so the field says so.
    problems: ['buckets.0.name'],
  },
  {
    name: 'EMR Serverless: get-role as the API returns it (URL-encoded trust), with path, description, session, boundary and tags',
    text: fixture('serverless-url-encoded.txt'),
    values: {
      roleName: 'nightly-etl',
      rolePath: '/data/',
      accountId: '111122223333',
      region: 'eu-west-1',
      trust: { sourceAccount: true, sourceArn: 'all-applications', applicationIds: [] },
      roleSettings: { permissionsBoundary: 'arn:aws:iam::111122223333:policy/DataBoundary', description: 'Nightly ETL jobs', maxSessionDuration: 7200, tags: [{ key: 'team', value: 'data' }] },
    },
    edits: [],
    notes: [/No inline policy was pasted/],
    problems: ['buckets.0.name'],
  },
  {
    name: 'EMR on EKS: a role after aws emr-containers update-role-trust-policy (the guide’s first trust and policy)',
    text: fixture('eks-after-update-role-trust-policy.txt'),
    values: {
      target: 'eks',
      roleName: 'myrole',
      accountId: '123456789012',
      region: 'us-west-2',
      buckets: [{ name: 'amzn-s3-demo-bucket', prefix: '', access: 'read' }],
    },
    edits: ['permissions-policy'],
    notes: [
      /kept as the existing trust policy/,
      /enter the cluster names/,
      /grants logs:CreateLogStream, logs:DescribeLogGroups, logs:DescribeLogStreams and 1 more on arn:aws:logs:\*:\*:\*, broader than the wizard writes/,
    ],
    problems: ['buckets.0.name', 'eks.clusters.0.clusterName'],
  },
  {
    name: 'The IAM guide’s get-role-policy example (no Version, s3:Put* on *) and list-attached-role-policies example',
    text: fixture('docs-test-role.txt'),
    values: { roleName: 'Test-Role', s3Access: 'none', glueAccess: 'none', emrSamplesAccess: false },
    edits: ['permissions-policy'],
    notes: [/statement '1' grants s3:\*MultipartUpload\*, s3:Get\*, s3:ListBucket and 1 more on \*, broader than the wizard writes/, /its Version is missing/, /No trust policy was pasted/],
    unrecognised: [/arn:aws:iam::aws:policy\/SecurityAudit is attached/],
    problems: ['accountId'],
  },
  {
    name: 'CloudFormation (JSON): Fn::Sub and Ref of pseudo parameters, a parameter it cannot know, AmazonS3FullAccess',
    text: fixture('cloudformation-role.json'),
    values: { target: 'serverless', roleName: 'spark-jobs', accountId: '', s3Access: 'all', glueAccess: 'read', trust: { sourceAccount: true, sourceArn: 'none', applicationIds: [] } },
    edits: ['permissions-policy'],
    notes: [/Read a CloudFormation template/, /enter the account/],
    unrecognised: [/\$\{Bucket\} .* names a parameter or resource of the template/],
    problems: ['accountId'],
  },
  {
    name: 'Terraform: jsonencode trust with data sources, a heredoc policy, a managed policy attachment',
    text: fixture('terraform-role.tf'),
    values: {
      target: 'eks',
      roleName: 'emr-eks-jobs',
      region: 'eu-central-1',
      accountId: '',
      buckets: [{ name: 'amzn-example-input', prefix: '', access: 'read' }],
      roleSettings: { permissionsBoundary: '', description: 'Spark on EKS', maxSessionDuration: null, tags: [{ key: 'team', value: 'analytics' }] },
    },
    edits: ['permissions-policy'],
    notes: [/grants dynamodb:\* on \*, broader than the wizard writes/],
    unrecognised: [/ReadOnlyAccess is attached/],
    problems: ['accountId', 'eks.clusters.0.clusterName'],
  },
]

describe('importRole reads real role shapes', () => {
  it.each(CASES)('$name', ({ text, values, edits, notes = [], unrecognised = [], problems = [] }) => {
    const imported = importRole(text)
    expect(imported.values).toMatchObject(values)
    expect((imported.values.documentEdits ?? []).map((edit) => edit.document)).toEqual(edits)
    for (const pattern of notes) expect(imported.notes.some((note) => pattern.test(note)), `${String(pattern)} in ${imported.notes.join('\n')}`).toBe(true)
    for (const pattern of unrecognised) expect(imported.unrecognised.some((note) => pattern.test(note)), `${String(pattern)} in ${imported.unrecognised.join('\n')}`).toBe(true)
    expect(imported.problems.map((problem) => problem.field).sort()).toEqual([...problems].sort())
    const opened = importedOpenResult(imported)
    expect(opened.ok && opened.config === null).toBe(problems.length > 0)
  })

  it('keeps an edited document as the pasted text, pretty-printed with two spaces', () => {
    const imported = importRole(fixture('serverless-docs-sample.txt'))
    const [edit] = imported.values.documentEdits ?? []
    expect(edit?.text.startsWith('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "ReadAccessForEMRSamples"')).toBe(true)
    expect(edit?.target).toBe('serverless')
  })

  it('keeps the other trust statements of an EMR on EKS role as the existing trust policy, so the trust needs no edit', () => {
    const imported = importRole(fixture('eks-after-update-role-trust-policy.txt'))
    expect(imported.values.eks.existingTrustPolicy).toContain('elasticmapreduce.amazonaws.com')
    expect(imported.values.eks.clusters).toEqual([
      { clusterName: '', namespace: 'spark-jobs', oidcIssuer: 'https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E', accountId: '' },
    ])
  })

  it.each([
    ['', /Nothing was pasted/],
    ['hello there', /not AWS CLI output, a CloudFormation role or a Terraform role/],
    ['{"Role": ', /not AWS CLI output/],
    ['{"Role": 5}', /JSON that is not a role/],
    ['{"PolicyNames": ["a", "b"]}', /paste each one's aws iam get-role-policy output/],
    ['resource "aws_iam_role" "x" {\n  name = \n}', /could not be read/],
    ['Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n', /no AWS::IAM::Role/],
  ])('says what it could not read: %j', (text, pattern) => {
    const imported = importRole(text)
    expect(imported.unrecognised.some((note) => pattern.test(note)), imported.unrecognised.join('\n')).toBe(true)
    expect(imported.values.documentEdits).toBeUndefined()
  })
})
