import type { RoleContext } from '../context/role-context'

export function s3BucketArn(partition: string, bucket: string): string {
  return `arn:${partition}:s3:::${bucket}`
}

/** Every object whose key starts with `prefix` (the whole bucket when the prefix is empty). */
export function s3ObjectArn(partition: string, bucket: string, prefix: string): string {
  return `arn:${partition}:s3:::${bucket}/${prefix}*`
}

/** An IAM role ARN in the role's account; the path ("" or "/" for none) sits between `role` and the name. */
export function roleArn(context: RoleContext, path: string, roleName: string): string {
  const fullPath = path === '' ? '/' : path
  return `arn:${context.partition}:iam::${context.accountId}:role${fullPath}${roleName}`
}

export function awsManagedPolicyArn(partition: string, policyName: string): string {
  return `arn:${partition}:iam::aws:policy/${policyName}`
}

/** Note the "/" right after the account: arn:…:emr-serverless:<region>:<account>:/applications/<id>. */
export function emrServerlessApplicationArn(context: RoleContext, applicationId: string): string {
  return `arn:${context.partition}:emr-serverless:${context.region}:${context.accountId}:/applications/${applicationId}`
}

export function glueArn(context: RoleContext, resource: string): string {
  return `arn:${context.partition}:glue:${context.region}:${context.accountId}:${resource}`
}

export function logsArn(context: RoleContext, resource: string): string {
  return `arn:${context.partition}:logs:${context.region}:${context.accountId}:${resource}`
}

export function emrContainersVirtualClusterArn(context: RoleContext, id: string): string {
  return `arn:${context.partition}:emr-containers:${context.region}:${context.accountId}:/virtualclusters/${id}`
}

export function oidcProviderArn(context: RoleContext, provider: string): string {
  return `arn:${context.partition}:iam::${context.accountId}:oidc-provider/${provider}`
}
