import type { Config } from '../config/schema'
import { validateConfig, type FieldProblem } from '../config/validate-config'
import { partitionOfRegion } from '../config/partition'
import { fillPlaceholders, type Placeholder } from './fill-placeholders'

export { fillPlaceholders, type Placeholder }


/** A configuration whose empty answers hold placeholders: the documents it makes show their shape, not a role to deploy. */
export interface DraftConfig {
  config: Config
  placeholders: Placeholder[]
}

interface PlaceholderRule {
  /** The field's path; "#" stands for any list index. */
  path: readonly string[]
  value: (region: string) => string
  standsFor: string
}

/**
 * What stands in for each empty answer. AWS's documentation uses 111122223333 as its example account; the other
 * values say what they are. The issuer keeps its real form (it becomes the trust policy's provider), with an ID
 * that says it is an example.
 */
const RULES: readonly PlaceholderRule[] = [
  { path: ['accountId'], value: () => '111122223333', standsFor: 'your AWS account ID' },
  { path: ['buckets', '#', 'name'], value: () => 'your-bucket-name', standsFor: 'a bucket name' },
  { path: ['buckets', '#', 'kmsKeyArn'], value: (region) => kmsKeyPlaceholder(region), standsFor: 'the bucket’s KMS key ARN' },
  { path: ['serverlessLogs', 'logGroupName'], value: () => 'your-log-group', standsFor: 'a CloudWatch Logs log group' },
  { path: ['serverlessLogs', 'kmsKeyArn'], value: (region) => kmsKeyPlaceholder(region), standsFor: 'the log group’s KMS key ARN' },
  { path: ['trust', 'applicationIds', '#', 'id'], value: () => 'yourapplicationid', standsFor: 'an EMR Serverless application ID' },
  { path: ['submitterJobRuns', 'applicationIds', '#', 'id'], value: () => 'yourapplicationid', standsFor: 'an EMR Serverless application ID' },
  { path: ['glueScope', 'databases', '#', 'name'], value: () => 'your_database', standsFor: 'a Glue database name' },
  { path: ['glueScope', 'databases', '#', 'tables', '#', 'name'], value: () => 'your_table', standsFor: 'a Glue table name' },
  { path: ['tableBuckets', '#', 'bucket'], value: () => 'your-table-bucket', standsFor: 'an S3 table bucket name' },
  { path: ['eks', 'clusters', '#', 'clusterName'], value: () => 'your-cluster-name', standsFor: 'an EKS cluster name' },
  { path: ['eks', 'clusters', '#', 'namespace'], value: () => 'your-namespace', standsFor: 'a Kubernetes namespace' },
  {
    path: ['eks', 'clusters', '#', 'oidcIssuer'],
    value: (region) => `oidc.eks.${region}.amazonaws.com${partitionOfRegion(region) === 'aws-cn' ? '.cn' : ''}/id/EXAMPLED539D4633E53DE1B71EXAMPLE`,
    standsFor: 'the cluster’s OIDC issuer',
  },
  { path: ['eks', 'submitters', 'virtualClusterIds', '#', 'id'], value: () => 'yourvirtualclusterid', standsFor: 'an EMR on EKS virtual cluster ID' },
  { path: ['eks', 'logs', 'logGroupName'], value: () => 'your-log-group', standsFor: 'a CloudWatch Logs log group' },
  { path: ['eks', 'logs', 'kmsKeyArn'], value: (region) => kmsKeyPlaceholder(region), standsFor: 'the log group’s KMS key ARN' },
  { path: ['roleSettings', 'tags', '#', 'key'], value: () => 'your-tag-key', standsFor: 'a tag key' },
]

/** A key ARN in the role's partition and region whose ID says it is an example. */
function kmsKeyPlaceholder(region: string): string {
  return `arn:${partitionOfRegion(region)}:kms:${region}:111122223333:key/your-kms-key-id`
}

function matches(rule: PlaceholderRule, path: readonly string[]): boolean {
  return rule.path.length === path.length && rule.path.every((part, i) => (part === '#' ? /^\d+$/.test(path[i] ?? '') : part === path[i]))
}

/**
 * The answers with a placeholder in each empty field that a rule asks for, when that is all that stands between
 * them and documents: at first load (no account ID yet) the preview shows the documents' whole shape instead of
 * a list of what is missing. Null when an answer that was given breaks a rule, or an answer has no placeholder.
 */
export function draftConfig(values: unknown, problems: readonly FieldProblem[]): DraftConfig | null {
  if (problems.length === 0 || !isRecord(values)) return null
  const region = typeof values.region === 'string' ? values.region : ''
  const placeholders: Placeholder[] = []
  for (const field of new Set(problems.map((p) => p.field))) {
    const path = field.split('.')
    const rule = RULES.find((r) => matches(r, path))
    // A given answer that breaks a rule, or a problem no placeholder answers (a list, the structure): not a draft.
    if (!rule || valueAt(values, path) !== '') return null
    placeholders.push({ field, value: rule.value(region), standsFor: rule.standsFor })
  }
  const checked = validateConfig(fillPlaceholders(values, placeholders))
  return checked.ok ? { config: checked.value, placeholders } : null
}

function valueAt(node: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((current, key) => (isRecord(current) ? current[key] : undefined), node)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
