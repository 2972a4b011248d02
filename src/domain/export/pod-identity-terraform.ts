import type { PodIdentityAssociation } from '../pod-identity/service-accounts'

/**
 * EKS Pod Identity for Terraform: the associations as a map keyed "cluster/namespace/service-account" (stable, so
 * adding a cluster never replaces the others) and one aws_eks_pod_identity_association per entry, for the role.
 * Made in the provider's region. No blocks without associations. `hclString` writes a literal HCL string.
 */
export function podIdentityBlocks(
  associations: readonly PodIdentityAssociation[],
  hclString: (value: string) => string,
): string[] {
  if (associations.length === 0) return []
  const entries = associations.map((a) =>
    [
      `    ${hclString(`${a.clusterName}/${a.namespace}/${a.serviceAccount}`)} = {`,
      `      cluster_name    = ${hclString(a.clusterName)}`,
      `      namespace       = ${hclString(a.namespace)}`,
      `      service_account = ${hclString(a.serviceAccount)}`,
      '    }',
    ].join('\n'),
  )
  return [
    ['locals {', '  pod_identity_associations = {', ...entries, '  }', '}'].join('\n'),
    [
      'resource "aws_eks_pod_identity_association" "job" {',
      '  for_each        = local.pod_identity_associations',
      '  cluster_name    = each.value.cluster_name',
      '  namespace       = each.value.namespace',
      '  service_account = each.value.service_account',
      '  role_arn        = aws_iam_role.job.arn',
      '}',
    ].join('\n'),
  ]
}
