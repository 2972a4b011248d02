import type { Config } from '../config/schema'
import type { RoleDocuments } from '../documents/role-documents'
import { buildEksDocuments } from '../eks/eks-documents'
import { buildServerlessDocuments } from '../serverless/serverless-documents'

export function buildRoleDocuments(config: Config): RoleDocuments {
  return config.target === 'eks' ? buildEksDocuments(config) : buildServerlessDocuments(config)
}
