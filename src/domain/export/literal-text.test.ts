// Every free-text field × every format: a hostile value is refused at its field, or every export deploys exactly the
// documents the preview shows — in two accounts for CloudFormation, with no Terraform template evaluated.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { configSchema, type Config } from '../config/schema'
import { iamLiteralProblem } from '../config/iam-names'
import { defaultRoleSettings, type RoleSettings } from '../config/role-settings-schema'
import { buildRoleDocuments } from '../role/build-role-documents'
import { eksTestConfig, testConfig } from '../test-configs'
import { editedBundle, exportProblems, renderExports } from './export-files'
import { withEdits } from '../edits/document-edits'
import type { DocumentEdit } from '../config/document-edits-schema'
import {
  readAwsCliScript,
  readCloudFormation,
  readTerraform,
  sortTags,
  type DeployedRole,
  type Location,
  type ScriptHandOver,
} from './read-exports.test-util'

interface FreeTextField {
  /** The field's path in the configuration, where a refusal must be reported. */
  path: string
  apply: (text: string) => Config
  /** The text lands in an ARN or condition value where IAM would read "*", "?" or "${" as syntax. */
  literalInIam?: boolean
}

const eksSubmitters = (overrides: Partial<Config['eks']['submitters']>) => ({
  submitters: {
    enabled: true,
    virtualClusterIds: [{ id: 'abc123' }],
    limit: 'roles' as const,
    roleArns: [],
    rolePrefix: 'team-',
    conditionOperators: 'arn' as const,
    ...overrides,
  },
})
const serverlessLogs = (overrides: Partial<NonNullable<Config['serverlessLogs']>>): NonNullable<Config['serverlessLogs']> => ({
  enabled: true,
  logGroupName: '/aws/emr-serverless/jobs',
  logStreamPrefix: 'team-a',
  createLogGroup: true,
  ...overrides,
})
const eksLogs = (overrides: Partial<Config['eks']['logs']>) => ({
  logs: { enabled: true, logGroupName: '/emr/jobs', logStreamPrefix: 'spark', createLogGroup: true, ...overrides },
})
const cluster = eksTestConfig().eks.clusters[0] ?? { clusterName: '', namespace: '', oidcIssuer: '', accountId: '' }
const withCluster = (overrides: Partial<typeof cluster>) => eksTestConfig({}, { clusters: [{ ...cluster, ...overrides }] })
const serverless = (overrides: Partial<Config>) =>
  testConfig({ trust: { sourceAccount: true, sourceArn: 'applications', applicationIds: [{ id: 'app1' }] }, ...overrides })

const withSettings = (settings: Partial<RoleSettings>) => ({ roleSettings: { ...defaultRoleSettings(), ...settings } })

/** A document the person edited, holding the text in a resource, a principal and a condition key and value. */
const editedDocument = (target: DocumentEdit['target'], document: DocumentEdit['document'], t: string): { documentEdits: DocumentEdit[] } => ({
  documentEdits: [
    {
      target,
      document,
      text: JSON.stringify(
        {
          Version: '2012-10-17',
          Statement: [
            document === 'trust-policy'
              ? { Sid: 'Edited', Effect: 'Allow', Principal: { AWS: t }, Action: 'sts:AssumeRole', Condition: { StringLike: { [`aws:PrincipalTag/${t}`]: t } } }
              : { Sid: 'Edited', Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::${t}/*`, Condition: { StringEquals: { [`s3:${t}`]: [t, 'x'] } } },
          ],
        },
        null,
        2,
      ),
    },
  ],
})

const FIELDS: FreeTextField[] = [
  { path: 'roleName', apply: (t) => serverless({ roleName: t }) },
  { path: 'rolePath', apply: (t) => serverless({ rolePath: `/${t}/` }), literalInIam: true },
  { path: 'rolePath', apply: (t) => eksTestConfig({ rolePath: `/${t}/` }, eksSubmitters({ limit: 'prefix' })), literalInIam: true },
  { path: 'buckets.0.name', apply: (t) => serverless({ buckets: [{ name: t, prefix: '', access: 'read-write' }] }) },
  {
    path: 'buckets.0.prefix',
    apply: (t) => serverless({ buckets: [{ name: 'amzn-example-123456789012', prefix: t, access: 'read-write' }] }),
    literalInIam: true,
  },
  { path: 'trust.applicationIds.0.id', apply: (t) => serverless({ trust: { sourceAccount: true, sourceArn: 'applications', applicationIds: [{ id: t }] } }) },
  {
    path: 'submitterJobRuns.applicationIds.0.id',
    apply: (t) =>
      serverless({ passRolePolicy: true, submitterJobRuns: { enabled: true, interactive: true, scope: 'applications', applicationIds: [{ id: t }] } }),
    literalInIam: true,
  },
  {
    path: 'glueScope.databases.0.name',
    apply: (t) => serverless({ glueAccess: 'create-read', glueScope: { scope: 'databases', databases: [{ name: t, access: 'read-write', tables: [] }], icebergRest: false } }),
    literalInIam: true,
  },
  {
    path: 'glueScope.databases.0.tables.0.name',
    apply: (t) =>
      serverless({ glueAccess: 'read', glueScope: { scope: 'databases', databases: [{ name: 'sales', access: 'read', tables: [{ name: t }] }], icebergRest: false } }),
    literalInIam: true,
  },
  {
    path: 'tableBuckets.0.bucket',
    apply: (t) => serverless({ tableBuckets: [{ bucket: t, namespace: '', access: 'read-write' }] }),
    literalInIam: true,
  },
  {
    path: 'tableBuckets.0.bucket',
    apply: (t) => serverless({ tableBuckets: [{ bucket: `arn:aws:s3tables:eu-west-1:210987654321:bucket/${t}`, namespace: '', access: 'read' }] }),
    literalInIam: true,
  },
  {
    path: 'tableBuckets.0.namespace',
    apply: (t) => serverless({ tableBuckets: [{ bucket: 'amzn-example-tables', namespace: t, access: 'read-write' }] }),
    literalInIam: true,
  },
  { path: 'eks.clusters.0.clusterName', apply: (t) => withCluster({ clusterName: t }) },
  { path: 'eks.clusters.0.namespace', apply: (t) => withCluster({ namespace: t }) },
  { path: 'eks.clusters.0.oidcIssuer', apply: (t) => withCluster({ oidcIssuer: `https://oidc.eks.us-west-2.amazonaws.com/id/${t}` }) },
  { path: 'serverlessLogs.logGroupName', apply: (t) => serverless({ serverlessLogs: serverlessLogs({ logGroupName: t }) }) },
  { path: 'serverlessLogs.logStreamPrefix', apply: (t) => serverless({ serverlessLogs: serverlessLogs({ logStreamPrefix: t }) }), literalInIam: true },
  { path: 'eks.logs.logGroupName', apply: (t) => eksTestConfig({}, eksLogs({ logGroupName: t })) },
  { path: 'eks.logs.logStreamPrefix', apply: (t) => eksTestConfig({}, eksLogs({ logStreamPrefix: t })), literalInIam: true },
  { path: 'eks.submitters.virtualClusterIds.0.id', apply: (t) => eksTestConfig({}, eksSubmitters({ virtualClusterIds: [{ id: t }] })) },
  {
    path: 'eks.submitters.roleArns.0.arn',
    apply: (t) => eksTestConfig({}, eksSubmitters({ roleArns: [{ arn: `arn:aws:iam::123456789012:role/${t}` }] })),
    literalInIam: true,
  },
  { path: 'eks.submitters.rolePrefix', apply: (t) => eksTestConfig({}, eksSubmitters({ limit: 'prefix', rolePrefix: t })), literalInIam: true },
  {
    path: 'eks.existingTrustPolicy',
    apply: (t) =>
      eksTestConfig({}, {
        existingTrustPolicy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Sid: 'Pasted', Effect: 'Allow', Principal: { AWS: t }, Action: 'sts:AssumeRole', Condition: { StringEquals: { [`aws:${t}`]: t } } }],
        }),
      }),
  },
  { path: 'documentEdits.0.text', apply: (t) => serverless(editedDocument('serverless', 'permissions-policy', t)) },
  { path: 'documentEdits.0.text', apply: (t) => serverless({ passRolePolicy: true, ...editedDocument('serverless', 'passrole-policy', t) }) },
  { path: 'documentEdits.0.text', apply: (t) => eksTestConfig(editedDocument('eks', 'trust-policy', t)) },
  { path: 'roleSettings.description', apply: (t) => serverless(withSettings({ description: t, maxSessionDuration: 7200 })) },
  { path: 'roleSettings.tags.0.key', apply: (t) => serverless(withSettings({ tags: [{ key: t, value: 'v' }] })) },
  { path: 'roleSettings.tags.0.value', apply: (t) => eksTestConfig(withSettings({ tags: [{ key: 'team', value: t }, { key: 'b', value: '' }] })) },
]

/** Pieces that mean something to IAM, CloudFormation, Terraform, YAML or a shell. */
const HOSTILE = [
  '${1+1}', '${path.cwd}', '%{if true}x%{endif}', '$${', '%%{', '${!Literal}', '${AWS::AccountId}', '*', '?', '${*}',
  "'", '"', '\\', '\\"', '\n', '\t', '\r', '$', '`', '$(id)', '!', '-', '--role-name', 'é', '\u0085', '\u0080', '\u009f',
  '\u007f', '\u2028', '\u0000', '\u0008', '\u000c', 'EOF_POLICY', 'EOT', ':', '#', '{', '}', '123456789012', 'arn:aws:s3:::x',
  '\uE000AccountId\uE001', 'data', 'zz-team', '/',
]

const ACCOUNT_A: Location = { partition: 'aws', accountId: '123456789012', region: 'us-west-2' }
const ACCOUNT_B: Location = { partition: 'aws', accountId: '210987654321', region: 'eu-central-1' }

function deployed(config: Config): DeployedRole {
  const { documents } = withEdits(config, buildRoleDocuments(config))
  const { settings, description } = editedBundle(config)
  return {
    settings: { ...settings, description: settings.description ?? description, tags: sortTags(settings.tags) },
    roleName: config.roleName,
    path: config.rolePath === '' ? '/' : config.rolePath,
    trustPolicy: documents.trustPolicy,
    inlinePolicy: documents.permissionsPolicy,
    managedPolicyArns: documents.managedPolicyArns,
    submitterPolicy: documents.submitterPolicy,
  }
}

/** What the script must hand to the AWS CLI before its first change: every file it writes, as JSON. */
function scriptHandOver(config: Config): ScriptHandOver {
  const bundle = editedBundle(config)
  const files: Record<string, unknown> = { 'trust-policy.json': bundle.trustPolicy }
  if (bundle.trustUpdate === 'merge') bundle.trustStatements.forEach((s, i) => (files[`trust-statement-${i + 1}.json`] = s))
  if (bundle.inlinePolicy) files[bundle.inlinePolicy.fileName] = bundle.inlinePolicy.document
  if (bundle.submitterPolicy) files[bundle.submitterPolicy.fileName] = bundle.submitterPolicy.document
  const { permissionsBoundary, description, maxSessionDuration, tags } = bundle.settings
  // What get-role is compared with: each setting given, and no file when none is (an empty description is none).
  const compared = {
    ...(permissionsBoundary === null ? {} : { PermissionsBoundaryArn: permissionsBoundary }),
    ...(description === null ? {} : { Description: description }),
    ...(maxSessionDuration === null ? {} : { MaxSessionDuration: maxSessionDuration }),
  }
  if (Object.keys(compared).length > 0) files['role-settings.json'] = compared
  if (tags.length > 0) files['tags.json'] = tags
  return { roleName: bundle.roleName, path: bundle.rolePath, description: description ?? bundle.description, files }
}

/** Refused at the field, or deployed exactly as previewed from every format. */
async function expectLiteralEverywhere(field: FreeTextField, text: string, runScript = true): Promise<void> {
  const parsed = configSchema.safeParse(field.apply(text))
  if (!parsed.success) {
    const paths = parsed.error.issues.map((issue) => issue.path.join('.'))
    expect(paths.every((path) => path.startsWith(field.path)), `${JSON.stringify(text)} refused elsewhere: ${paths.join(', ')}`).toBe(true)
    return
  }
  const config = parsed.data
  // An edited document IAM would reject is refused at the edit: nothing is exported while it stands.
  if (exportProblems(config).length > 0) {
    expect(field.path, `${JSON.stringify(text)} stops the exports`).toBe('documentEdits.0.text')
    return
  }
  if (field.literalInIam) expect(iamLiteralProblem(text, 'Text', 'it would match more')).toBeUndefined()
  const files = Object.fromEntries(renderExports(config).map((file) => [file.id, file.text]))
  expect(await readTerraform(files.terraform ?? '')).toEqual(deployed(config))
  // bash runs the script: slower than the parsers, so the broadest fuzz leaves it to the cases that ask for it.
  if (runScript) expect(readAwsCliScript(files['aws-cli'] ?? '', config.accountId, 'aws')).toEqual(scriptHandOver(config))
  for (const where of [ACCOUNT_A, ACCOUNT_B]) {
    const there = { ...config, accountId: where.accountId, region: where.region }
    expect(readCloudFormation(files.cloudformation ?? '', where), `CloudFormation in ${where.accountId}`).toEqual(deployed(there))
  }
}

describe.each(FIELDS.map((field) => [field.path, field] as const))('%s', (_path, field) => {
  it('the empty text', async () => {
    await expectLiteralEverywhere(field, '')
  })

  it.each(HOSTILE.map((piece) => [JSON.stringify(piece), piece] as const))('%s', async (_name, piece) => {
    await expectLiteralEverywhere(field, piece, false)
    await expectLiteralEverywhere(field, `a${piece}b`)
  })

  const mixed = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''))

  it('fuzz: any mix of hostile pieces and text (JSON, CloudFormation, Terraform)', async () => {
    await fc.assert(fc.asyncProperty(mixed, (t) => expectLiteralEverywhere(field, t, false)), { numRuns: 40 })
  }, 60_000)

  it('fuzz: the same, through the AWS CLI script run by bash', async () => {
    await fc.assert(fc.asyncProperty(mixed, (t) => expectLiteralEverywhere(field, t)), { numRuns: 10 })
  }, 60_000)
})
