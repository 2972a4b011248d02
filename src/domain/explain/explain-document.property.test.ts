import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
// eslint-disable-next-line no-restricted-imports -- a test may check fields against the wizard's steps; domain code may not
import { stepsFor } from '../../features/wizard/steps'
import { validConfig, word } from '../config-arbitrary.test-util'
import { configSchema, type Config } from '../config/schema'
import { placeholderContext } from '../context/role-context'
import { DOCUMENT_IDS, listDocuments, type DocumentId } from '../documents/document-list'
import type { RoleDocuments } from '../documents/role-documents'
import { buildEksTrustStatements } from '../eks/eks-trust'
import type { PolicyDocument } from '../iam/policy'
import { buildRoleDocuments } from '../role/build-role-documents'
import { explainDocument } from './explain-document'

const GENERIC = 'none of your answers wrote it'

/** The answers `validConfig` leaves at their defaults: pairs, operators, a pasted trust policy, logs, submitters, trust. */
const moreAnswers = fc.record({
  pairs: fc.uniqueArray(fc.record({ cluster: fc.constantFrom('c1', 'c2'), namespace: word(1, 6), issuer: fc.constantFrom('A', 'B') }), {
    minLength: 1,
    maxLength: 3,
    selector: (p) => `${p.cluster}/${p.namespace}`,
  }),
  requireAudience: fc.boolean(),
  serviceAccounts: fc.record({ sparkOperator: fc.boolean(), flinkOperator: fc.boolean(), livy: fc.boolean() }),
  paste: fc.constantFrom('none', 'foreign', 'same', 'near'),
  logs: fc.record({
    enabled: fc.boolean(),
    logGroupName: fc.constantFrom('/emr/jobs', 'spark_logs#1'),
    logStreamPrefix: fc.oneof(fc.constant(''), word(1, 6)),
    createLogGroup: fc.boolean(),
  }),
  submitters: fc.record({
    enabled: fc.boolean(),
    ids: fc.uniqueArray(word(1, 10), { minLength: 1, maxLength: 3 }),
    limit: fc.constantFrom('roles' as const, 'prefix' as const, 'tags' as const, 'none' as const),
    roleArns: fc.uniqueArray(fc.constantFrom('arn:aws:iam::123456789012:role/other', 'arn:aws:iam::210987654321:role/x/y'), { maxLength: 2 }),
    ownRole: fc.boolean(),
    rolePrefix: fc.constantFrom('', 'analytics-', 'EMR'),
    conditionOperators: fc.constantFrom('string' as const, 'arn' as const),
  }),
  trust: fc.record({
    sourceAccount: fc.boolean(),
    sourceArn: fc.constantFrom('none' as const, 'applications' as const, 'all-applications' as const),
    applicationIds: fc.uniqueArray(word(1, 16), { minLength: 1, maxLength: 3 }).map((ids) => ids.map((id) => ({ id }))),
  }),
})

/** Valid configurations of both targets with every answer varied: every statement any builder writes turns up. */
const richConfig: fc.Arbitrary<Config> = fc
  .tuple(validConfig, moreAnswers)
  .map(([config, more]): Config => {
    const host = config.region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'
    const { submitters } = more
    const withoutPaste: Config = {
      ...config,
      trust: more.trust,
      eks: {
        clusters: more.pairs.map((p) => ({
          clusterName: p.cluster,
          namespace: p.namespace,
          oidcIssuer: `oidc.eks.${config.region}.${host}/id/${p.issuer.repeat(32)}`,
          accountId: '',
        })),
        requireAudience: more.requireAudience,
        serviceAccounts: more.serviceAccounts,
        existingTrustPolicy: '',
        logs: more.logs,
        submitters: {
          enabled: submitters.enabled,
          virtualClusterIds: submitters.ids.map((id) => ({ id })),
          limit: submitters.limit,
          // This role's own ARN among the approved ones is dropped from the condition (it is always there, first).
          roleArns: [...submitters.roleArns, ...(submitters.ownRole ? [buildRoleDocuments(config).roleArn] : [])].map((arn) => ({ arn })),
          rolePrefix: submitters.rolePrefix,
          conditionOperators: submitters.conditionOperators,
        },
      },
    }
    if (more.paste === 'none' || config.target !== 'eks') return withoutPaste
    const [first] = buildEksTrustStatements(withoutPaste)
    const foreign = { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }
    const statements = more.paste === 'foreign' ? [foreign] : more.paste === 'same' ? [first, foreign] : [{ Sid: 'Near', ...first }]
    return { ...withoutPaste, eks: { ...withoutPaste.eks, existingTrustPolicy: JSON.stringify({ Version: '2012-10-17', Statement: statements }) } }
  })
  .filter((config) => configSchema.safeParse(config).success)
  .map((config) => configSchema.parse(config))

function documentById(config: Config, documents: RoleDocuments, id: DocumentId): PolicyDocument | null {
  return listDocuments(config, documents).find((d) => d.id === id)?.document ?? null
}

/** The value at a dotted path ("buckets.3.prefix"), or undefined when the path leaves the configuration. */
function valueAt(config: Config, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => {
    if (Array.isArray(node)) return /^\d+$/.test(key) ? node[Number(key)] : undefined
    return typeof node === 'object' && node !== null && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined
  }, config)
}

/** A field a user can land on: shown by one of the target's steps, and a control's value (a row that exists). */
function isRealField(config: Config, field: string): boolean {
  const stepFields = stepsFor(config.target).flatMap((step) => step.fields)
  const shown = stepFields.some((f) => field === f || field.startsWith(`${f}.`))
  const value = valueAt(config, field)
  return shown && (typeof value === 'string' || typeof value === 'boolean')
}

function checkExplanations(config: Config, documents: RoleDocuments) {
  for (const id of DOCUMENT_IDS) {
    const document = documentById(config, documents, id)
    const explanations = explainDocument(config, id, document)
    const statements = document?.Statement ?? []
    expect(explanations.map((e) => e.sid)).toEqual(statements.map((s) => s.Sid ?? ''))
    for (const { sid, sentence, field } of explanations) {
      const where = `${id} ${sid}: ${sentence} → ${field}`
      expect(sentence.trim(), where).not.toBe('')
      expect(sentence, where).not.toMatch(/[\r\n\u2028\u2029]/)
      expect(sentence, where).not.toContain(GENERIC)
      expect(isRealField(config, field), where).toBe(true)
    }
  }
}

describe('explainDocument on random valid configurations', () => {
  it('explains every statement of every document, in order, with a field a user can land on (400 runs)', () => {
    fc.assert(
      fc.property(richConfig, (config) => checkExplanations(config, buildRoleDocuments(config))),
      { numRuns: 400 },
    )
  })

  it('explains the documents a template is built from (placeholders for partition, account and region) just as well', () => {
    fc.assert(
      fc.property(richConfig, (config) => {
        const templated = buildRoleDocuments(config, placeholderContext(config))
        checkExplanations(config, templated)
        for (const id of DOCUMENT_IDS) {
          const fields = (documents: RoleDocuments) => explainDocument(config, id, documentById(config, documents, id)).map((e) => e.field)
          expect(fields(templated)).toEqual(fields(buildRoleDocuments(config)))
        }
      }),
      { numRuns: 150 },
    )
  })

  it('sees every kind of statement in its runs (the arbitrary is rich enough)', () => {
    const sids = new Set<string>()
    const fields = new Set<string>()
    fc.assert(
      fc.property(richConfig, (config) => {
        const documents = buildRoleDocuments(config)
        for (const id of DOCUMENT_IDS) {
          for (const e of explainDocument(config, id, documentById(config, documents, id))) {
            sids.add(e.sid.replace(/^ListPrefixesIn.*/, 'ListPrefixesIn').replace(/^(S3(?:Read|ReadWrite|Write)WithKey).*/, '$1').replace(/InNamespace.*/, 'InNamespace'))
            fields.add(e.field.replace(/\.\d+\./, '.N.'))
          }
        }
      }),
      { numRuns: 300, seed: 42 },
    )
    expect([...sids].sort()).toEqual([
      '',
      'CreateCloudWatchLogGroup',
      'CreateNamespacesAndTables',
      'CreateTablesInNamespace',
      'DescribeAndCancelJobRuns',
      'DescribeAndCreateCloudWatchLogStreams',
      'DescribeCloudWatchLogGroups',
      'DescribeTableBuckets',
      'EMRServerlessTrustPolicy',
      'GetAndCancelJobRuns',
      'GlueCreateAndReadDataCatalog',
      'GlueIcebergRestCatalog',
      'GlueReadDataCatalog',
      'GlueReadDefaultDatabase',
      'GlueReadListedDatabases',
      'GlueReadListedFunctions',
      'GlueReadListedTables',
      'GlueWriteListedTables',
      'LakeFormationDataAccess',
      'ListBuckets',
      'ListEMRSamplesBuckets',
      'ListJobRuns',
      'ListMultipartUploads',
      'ListPrefixesIn',
      'ListTablesInNamespace',
      'ListTablesInTableBuckets',
      'Near',
      'PassJobRuntimeRoleToEMRServerless',
      'PodIdentity1',
      'PodIdentity2',
      'ReadEMRSamplesObjects',
      'ReadObjects',
      'ReadTables',
      'ReadTablesInNamespace',
      'ReadWriteObjects',
      'S3ReadWithKey',
      'S3ReadWriteWithKey',
      'S3WriteWithKey',
      'StartAndListJobRuns',
      'StartJobRunsWithApprovedExecutionRoles',
      'UseInteractiveEndpoints',
      'UseLogGroupKmsKeyThroughCloudWatchLogs',
      'WriteTables',
      'WriteTablesInNamespace',
      'WriteToCloudWatchLogs',
    ])
    expect(fields).toContain('eks.existingTrustPolicy')
    expect(fields).toContain('eks.serviceAccounts.flinkOperator')
    expect(fields).toContain('eks.clusters.N.namespace')
    expect(fields).toContain('submitterJobRuns.interactive')
    expect(fields).toContain('submitterJobRuns.scope')
    expect(fields).toContain('eks.clusters.N.clusterName')
    expect(fields).toContain('glueScope.databases.N.access')
    expect(fields).toContain('lakeFormation.enabled')
    expect(fields).toContain('serverlessLogs.kmsKeyArn')
  })
})
