import { describe, expect, it } from 'vitest'
import { configSchema } from '../../domain/config/schema'
import { evaluatePolicies } from '../../domain/evaluate/evaluate-policies'
import { buildRoleDocuments } from '../../domain/role/build-role-documents'
import { listDocuments } from '../../domain/documents/document-list'
import { documentItems } from '../preview/view-items'
import { eksTestConfig, podIdentityTestConfig, testConfig } from '../../domain/test-configs'
import { documentsFromItems, examplePermissionsQuestion, exampleTrustQuestion, parseContextLines, permissionsRequest, trustRequest } from './questions'

describe('context lines', () => {
  it.each([
    ['', {}],
    ['aws:SecureTransport=true', { 'aws:SecureTransport': 'true' }],
    [' s3:prefix = home/ \n\nnot a line\n=x', { 's3:prefix': 'home/' }],
    ['aws:TagKeys=a\naws:TagKeys=b\naws:TagKeys=c', { 'aws:TagKeys': ['a', 'b', 'c'] }],
    ['aws:SourceArn=arn:aws:x:y=z', { 'aws:SourceArn': 'arn:aws:x:y=z' }],
  ])('%j', (text, context) => {
    expect(parseContextLines(text)).toEqual(context)
  })
})

describe('documents from the preview', () => {
  it('parses each text, keeps text that is not JSON for the evaluator to report, and drops absent documents', () => {
    const items = [
      { id: 'permissions-policy', label: 'Permissions policy', text: '{"Statement": []}' },
      { id: 'trust-policy', label: 'Trust policy', text: '{ oops' },
      { id: 'passrole-policy', label: 'PassRole policy', text: null },
    ]
    expect(documentsFromItems(items)).toEqual([
      { label: 'Permissions policy', kind: 'permissions', document: { Statement: [] } },
      { label: 'Trust policy', kind: 'trust', document: '{ oops' },
    ])
  })
})

// The prefilled questions are the role's own intended use, so each is allowed by the documents of its answers.
describe.each([
  ['EMR Serverless with a prefixed bucket', testConfig({ buckets: [{ name: 'amzn-example-data', prefix: 'in/', access: 'read' }] })],
  ['EMR Serverless, listed applications', testConfig({ trust: { sourceAccount: true, sourceArn: 'applications', applicationIds: [{ id: '00fexample1111111' }] } })],
  ['EMR Serverless without buckets', testConfig({ s3Access: 'none' })],
  ['EMR on EKS (IRSA)', eksTestConfig()],
  ['EMR on EKS (Pod Identity)', podIdentityTestConfig()],
])('the prefilled questions of %s', (_name, raw) => {
  const config = configSchema.parse(raw)
  const documents = documentsFromItems(documentItems(listDocuments(config, buildRoleDocuments(config))))
  const policies = (kind: string) => documents.filter((d) => d.kind === kind).map((d) => ({ name: d.label, document: d.document }))

  it('permissions: allowed', () => {
    expect(evaluatePolicies(policies('permissions'), permissionsRequest(examplePermissionsQuestion(config))).verdict).toBe('allowed')
  })

  it('trust: allowed, and not for another namespace or account', () => {
    const question = exampleTrustQuestion(config)
    expect(evaluatePolicies(policies('trust'), trustRequest(question)).verdict).toBe('allowed')
    const other = config.target === 'eks' ? { ...question, namespace: 'other' } : { ...question, sourceAccount: '111122223333' }
    expect(evaluatePolicies(policies('trust'), trustRequest(other)).verdict).toBe('not-allowed')
  })
})
