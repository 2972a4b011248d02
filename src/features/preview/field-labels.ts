/** Plain names of form fields, for lists of problems that lead to them. */
const FIELD_LABELS: Record<string, string> = {
  region: 'AWS Region',
  accountId: 'AWS account ID',
  roleName: 'Role name',
  rolePath: 'Role path',
  buckets: 'Buckets',
  'trust.applicationIds': 'Application IDs',
  'submitterJobRuns.applicationIds': 'Submitters’ applications',
  'eks.clusters': 'EKS clusters',
  'eks.existingTrustPolicy': 'Existing trust policy',
  'eks.logs.logGroupName': 'Log group name',
  'eks.logs.logStreamPrefix': 'Log stream prefix',
  'eks.logs.kmsKeyArn': 'Log group KMS key ARN',
  'serverlessLogs.logGroupName': 'Log group name',
  'serverlessLogs.logStreamPrefix': 'Log stream prefix',
  'serverlessLogs.kmsKeyArn': 'Log group KMS key ARN',
  'eks.submitters.virtualClusterIds': 'Virtual clusters',
  'eks.submitters.rolePrefix': 'Role name prefix',
  'roleSettings.permissionsBoundary': 'Permissions boundary',
  'roleSettings.description': 'Role description',
  'roleSettings.maxSessionDuration': 'Maximum session duration',
  'roleSettings.tags': 'Tags',
  'glueScope.databases': 'Glue databases',
}

const BUCKET_FIELDS: Record<string, string> = { name: 'name', prefix: 'key prefix', kmsKeyArn: 'KMS key ARN' }

const CLUSTER_FIELDS: Record<string, string> = {
  clusterName: 'EKS cluster name',
  namespace: 'Namespace',
  oidcIssuer: 'OIDC issuer',
  accountId: 'Cluster account ID',
}

/** "buckets.2.name" → "Bucket 3 name"; "eks.clusters.0.accountId" → "Cluster account ID (pair 1)". */
export function fieldLabel(field: string): string {
  const bucket = /^buckets\.(\d+)\.(name|prefix|kmsKeyArn)$/.exec(field)
  if (bucket) return `Bucket ${Number(bucket[1]) + 1} ${BUCKET_FIELDS[bucket[2] ?? ''] ?? bucket[2]}`
  const app = /^(trust|submitterJobRuns)\.applicationIds\.(\d+)\.id$/.exec(field)
  if (app) return `${app[1] === 'trust' ? 'Application' : 'Submitters’ application'} ID ${Number(app[2]) + 1}`
  const table = /^tableBuckets\.(\d+)\.(bucket|namespace)$/.exec(field)
  if (table) return `Table bucket ${Number(table[1]) + 1} ${table[2] === 'bucket' ? 'name or ARN' : 'namespace'}`
  const pair = /^eks\.clusters\.(\d+)\.(\w+)$/.exec(field)
  if (pair) return `${CLUSTER_FIELDS[pair[2] ?? ''] ?? pair[2]} (pair ${Number(pair[1]) + 1})`
  const glue = /^glueScope\.databases\.(\d+)\.(?:tables\.(\d+)\.)?name$/.exec(field)
  if (glue) return `Glue database ${Number(glue[1]) + 1}${glue[2] === undefined ? '' : ` table ${Number(glue[2]) + 1}`} name`
  const listed = /^eks\.submitters\.(virtualClusterIds|roleArns)\.(\d+)\.\w+$/.exec(field)
  if (listed) return `${listed[1] === 'roleArns' ? 'Approved role ARN' : 'Virtual cluster ID'} ${Number(listed[2]) + 1}`
  const tag = /^roleSettings\.tags\.(\d+)\.(key|value)$/.exec(field)
  if (tag) return `Tag ${Number(tag[1]) + 1} ${tag[2]}`
  return FIELD_LABELS[field] ?? field
}
