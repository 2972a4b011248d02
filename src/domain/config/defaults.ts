import type { EksConfig } from './eks-schema'
import { defaultGlueScope } from './glue-scope-schema'
import { defaultSubmitterJobRuns } from './job-runs-schema'
import { defaultRoleSettings } from './role-settings-schema'
import { defaultServerlessLogs } from './serverless-logs-schema'
import { defaultEksCredentials } from './pod-identity-schema'
import { defaultLakeFormation } from './lake-formation-schema'
import { defaultTableBuckets } from './table-buckets-schema'
import type { ConfigInput, Target } from './schema'

/**
 * The role name each target starts with: AWS's own example names, `EMRServerlessJobRuntimeRole` and, for EMR on
 * EKS, `EMRContainers-JobExecutionRole` (the EMR on EKS guide's, also in domain-facts §1.2).
 */
export const DEFAULT_ROLE_NAMES: Readonly<Record<Target, string>> = {
  serverless: 'EMRServerlessJobRuntimeRole',
  eks: 'EMRContainers-JobExecutionRole',
}

/**
 * The role name after switching to `target`: a name still at another target's default (or empty) becomes this
 * target's default; a name the person typed is kept.
 */
export function roleNameForTarget(roleName: string, target: Target): string {
  const isDefault = roleName === '' || Object.values(DEFAULT_ROLE_NAMES).includes(roleName)
  return isDefault ? DEFAULT_ROLE_NAMES[target] : roleName
}

/** Where a new configuration starts: least privilege, with the account left for the user to fill in. */
export function defaultConfig(): ConfigInput {
  return {
    target: 'serverless',
    region: 'us-east-1',
    accountId: '',
    roleName: DEFAULT_ROLE_NAMES.serverless,
    rolePath: '',
    s3Access: 'specific',
    buckets: [{ name: '', prefix: '', access: 'read' }],
    emrSamplesAccess: true,
    glueAccess: 'none',
    trust: { sourceAccount: true, sourceArn: 'none', applicationIds: [] },
    passRolePolicy: true,
    submitterJobRuns: defaultSubmitterJobRuns(),
    serverlessLogs: defaultServerlessLogs(),
    tableBuckets: defaultTableBuckets(),
    eks: defaultEksConfig(),
    roleSettings: defaultRoleSettings(),
    eksCredentials: defaultEksCredentials(),
    glueScope: defaultGlueScope(),
    lakeFormation: defaultLakeFormation(),
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
