import type { Config } from '../config/schema'
import { resolveRoleContext, type RoleContext } from '../context/role-context'
import type { RoleDocuments } from '../documents/role-documents'
import { buildEksDocuments } from '../eks/eks-documents'
import { buildServerlessDocuments } from '../serverless/serverless-documents'

export function buildRoleDocuments(config: Config, context: RoleContext = resolveRoleContext(config)): RoleDocuments {
  return config.target === 'eks' ? buildEksDocuments(config, context) : buildServerlessDocuments(config, context)
}
