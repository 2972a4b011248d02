import { z } from 'zod/mini'

/**
 * How EMR on EKS job pods get the role's credentials: IAM roles for service accounts (an OIDC trust statement per
 * cluster and namespace, as `aws emr-containers update-role-trust-policy` writes) or EKS Pod Identity (a trust for
 * pods.eks.amazonaws.com plus one association per service account, as `aws emr-containers create-role-associations`
 * makes; EMR 7.3.0 and later, with the EKS Pod Identity Agent add-on).
 */
export const EKS_CREDENTIALS = ['irsa', 'pod-identity'] as const

export const eksCredentialsSchema = z.enum(EKS_CREDENTIALS)

export type EksCredentials = z.output<typeof eksCredentialsSchema>

/** IRSA, as every configuration made before the answer existed: its documents stay as they were. */
export function defaultEksCredentials(): EksCredentials {
  return 'irsa'
}
