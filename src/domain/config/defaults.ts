import type { EksConfig } from './eks-schema'
import type { ConfigInput } from './schema'

/** Where a new configuration starts: least privilege, with the account left for the user to fill in. */
export function defaultConfig(): ConfigInput {
  return {
    target: 'serverless',
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
    eks: defaultEksConfig(),
  }
}

export function defaultEksConfig(): EksConfig {
  return {
    clusters: [{ clusterName: '', namespace: '', oidcIssuer: '', accountId: '' }],
    requireAudience: false,
    serviceAccounts: { sparkOperator: false, flinkOperator: false, livy: false },
    existingTrustPolicy: '',
    logs: { enabled: false, logGroupName: '', logStreamPrefix: '', createLogGroup: false },
    submitters: {
      enabled: false,
      virtualClusterIds: [{ id: '' }],
      limit: 'roles',
      roleArns: [],
      rolePrefix: '',
      conditionOperators: 'string',
    },
  }
}
