import type { RoleDocuments } from '../documents/role-documents'
import { policyDocument, policySize, type PolicyDocument } from '../iam/policy'

/** A policy of exactly `size` characters without white space. */
export function policyOfSize(size: number): PolicyDocument {
  const empty = policyDocument([{ Effect: 'Allow', Action: 's3:GetObject', Resource: '' }])
  return policyDocument([{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'x'.repeat(size - policySize(empty)) }])
}

export interface DocumentSizes {
  permissions?: number
  trust?: number
  submitters?: number
}

/** Role documents of the given sizes (a 200-character trust policy unless told); absent ones are null. */
export function documentsOfSize(sizes: DocumentSizes): RoleDocuments {
  return {
    roleArn: 'arn:aws:iam::123456789012:role/r',
    permissionsPolicy: sizes.permissions === undefined ? null : policyOfSize(sizes.permissions),
    managedPolicyArns: [],
    trustPolicy: policyOfSize(sizes.trust ?? 200),
    submitterPolicy: sizes.submitters === undefined ? null : policyOfSize(sizes.submitters),
    cliCommands: [],
    trustMerge: null,
  }
}
