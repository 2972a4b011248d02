import type { TrustMerge } from '../eks/trust-merge'
import type { PolicyDocument } from '../iam/policy'
import type { PodIdentityAssociation } from '../pod-identity/service-accounts'

/** Everything a job role needs, whichever EMR deployment it is for. */
export interface RoleDocuments {
  roleArn: string
  /** The inline permissions policy, or null when the configuration grants nothing inline. */
  permissionsPolicy: PolicyDocument | null
  /** AWS managed policies attached to the role beside the inline policy. */
  managedPolicyArns: string[]
  trustPolicy: PolicyDocument
  /** The job submitters' policy (PassRole or StartJobRun), or null when the user did not ask for it. */
  submitterPolicy: PolicyDocument | null
  /** EMR on EKS: the AWS CLI commands that write the same job trust statements. */
  cliCommands: string[]
  /** EMR on EKS: how the statements were merged into a pasted trust policy, if one was pasted. */
  trustMerge: TrustMerge | null
  /** EMR on EKS with EKS Pod Identity: the associations the role needs (absent or empty otherwise). */
  podIdentityAssociations?: PodIdentityAssociation[]
}
