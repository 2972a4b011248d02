import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Config } from '../config/schema'
import { validateConfig } from '../config/validate-config'
import { readPayload } from '../share/share-codec'
import { renderExports } from '../export/export-files'
import { buildRoleDocuments } from '../role/build-role-documents'
import { eksTestConfig, podIdentityTestConfig, testConfig } from '../test-configs'
import { lakeFormationConfig, scopedGlueConfig } from '../glue/glue-test-configs'
import { importRole } from './import-role'
import { pastedCliOutput } from './role-paste.test-util'

const presets = readdirSync('public/presets').map((file) => {
  const { config, version } = JSON.parse(readFileSync(`public/presets/${file}`, 'utf8')) as { config: unknown; version: number }
  const opened = readPayload(config, version, 'file')
  if (!opened.ok || opened.config === null) throw new Error(`preset ${file} does not open`)
  return [`preset ${file}`, opened.config] as const
})

const CASES: (readonly [string, Config])[] = [
  ['EMR Serverless defaults with a bucket', testConfig()],
  ['EMR Serverless, two applications, logs, read-write bucket', testConfig({
    trust: { sourceAccount: true, sourceArn: 'applications', applicationIds: [{ id: '00fexample1111111' }, { id: '00fexample2222222' }] },
    buckets: [{ name: 'amzn-example-data', prefix: 'in/', access: 'read' }, { name: 'amzn-example-out', prefix: '', access: 'read-write' }],
    serverlessLogs: { enabled: true, logGroupName: '/emr/jobs', logStreamPrefix: 'spark', createLogGroup: true },
    rolePath: '/emr/',
  })],
  ['EMR Serverless, all buckets (AmazonS3FullAccess), no samples', testConfig({ s3Access: 'all', emrSamplesAccess: false })],
  ['EMR on EKS (IRSA)', eksTestConfig()],
  ['EMR on EKS (IRSA) with audience and operators', eksTestConfig({}, { requireAudience: true, serviceAccounts: { sparkOperator: true, flinkOperator: false, livy: true } })],
  ['EMR on EKS (EKS Pod Identity)', podIdentityTestConfig()],
  ['Glue, listed databases', scopedGlueConfig()],
  ['Glue with Lake Formation', lakeFormationConfig()],
  ...presets,
]

/** The answers a role's documents carry (the cluster names are not in an IRSA trust; submitters are not on the role). */
function roleAnswers(config: Config) {
  const documents = buildRoleDocuments(config)
  return {
    target: config.target,
    roleName: config.roleName,
    rolePath: config.rolePath === '/' ? '' : config.rolePath,
    accountId: config.accountId,
    permissions: documents.permissionsPolicy,
    trust: documents.trustPolicy,
    managed: documents.managedPolicyArns,
    buckets: config.s3Access === 'specific' ? [...config.buckets].sort((a, b) => `${a.name}/${a.prefix}`.localeCompare(`${b.name}/${b.prefix}`)) : [],
    s3Access: config.s3Access,
    glueAccess: config.glueAccess,
  }
}

describe('importRole gives back the answers of a role this tool writes, with no edits', () => {
  it.each(CASES)('%s (AWS CLI output)', (_, config) => {
    const imported = importRole(pastedCliOutput(config))
    expect(imported.unrecognised).toEqual([])
    expect(imported.values.documentEdits).toBeUndefined()
    const clusters = config.target === 'eks' && config.eksCredentials === 'irsa' ? { eks: { ...imported.values.eks, clusters: config.eks.clusters } } : {}
    const back = validateConfig({ ...imported.values, ...clusters, passRolePolicy: config.passRolePolicy, eks: { ...(clusters.eks ?? imported.values.eks), submitters: config.eks.submitters } })
    if (!back.ok) throw new Error(JSON.stringify(back.problems))
    expect(roleAnswers(back.value)).toEqual(roleAnswers(config))
  })

  it.each(CASES)('%s (Terraform and CloudFormation exports)', (_, config) => {
    for (const id of ['terraform', 'cloudformation']) {
      const file = renderExports(config).find((f) => f.id === id)
      const imported = importRole(file?.text ?? '')
      expect(imported.values.documentEdits, id).toBeUndefined()
      expect(imported.values.target, id).toBe(config.target)
      expect(imported.values.roleName, id).toBe(config.roleName)
      expect(imported.values.glueAccess, id).toBe(config.glueAccess)
    }
  })
})
