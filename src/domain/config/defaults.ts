import type { ConfigInput } from './schema'

/** Where a new configuration starts: least privilege, with the account left for the user to fill in. */
export function defaultConfig(): ConfigInput {
  return {
    region: 'us-east-1',
    accountId: '',
    roleName: 'EMRServerlessJobRuntimeRole',
    rolePath: '',
    s3Access: 'specific',
    buckets: [{ name: '', prefix: '', access: 'read' }],
    emrSamplesAccess: true,
    glueAccess: 'none',
    trust: { sourceAccount: true, sourceArn: 'none', applicationIds: [] },
    passRolePolicy: true,
  }
}
