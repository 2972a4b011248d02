import { useWatch } from 'react-hook-form'
import { partitionOfRegion } from '../../domain/config/partition'
import type { ConfigInput } from '../../domain/config/schema'
import { roleArn } from '../../domain/iam/arn'
import { roleSettingsRows } from './role-settings-rows'
import { stepsFor, type StepId, type StepViewProps } from './steps'

const S3_LABELS = { all: 'All buckets (AmazonS3FullAccess)', specific: 'Specific buckets', none: 'None' }
const GLUE_LABELS = { none: 'None', read: 'Read only', 'create-read': 'Create and read' }
const SOURCE_ARN_LABELS = { none: 'Any application', applications: 'Specific applications', 'all-applications': 'All applications in the region' }
const LIMIT_LABELS = { roles: 'Approved roles', prefix: 'Role-name prefix', tags: 'Role tags (not supported)', none: 'Any role' }

/** Every answer, each with a way back to the step that sets it. */
export function ReviewAnswers({ onEditStep }: Pick<StepViewProps, 'onEditStep'>) {
  const config = useWatch() as ConfigInput
  const partition = partitionOfRegion(config.region)
  const steps = stepsFor(config.target)
  const rows: [string, string, StepId][] = [
    ['Job role for', config.target === 'eks' ? 'EMR on EKS' : 'EMR Serverless', 'role'],
    ['Role ARN', roleArn({ partition, accountId: config.accountId || '<account>', region: config.region }, config.rolePath, config.roleName), 'role'],
    ['Region and partition', `${config.region} (${partition})`, 'role'],
    ...roleSettingsRows(config),
    ...(config.target === 'eks' ? eksRows(config) : []),
    ['S3 access', S3_LABELS[config.s3Access] + countOf(config.s3Access === 'specific', config.buckets.length, 'bucket'), 's3'],
    ['EMR samples', config.emrSamplesAccess ? 'Read' : 'No access', 's3'],
    ['S3 table buckets', tableBucketsText(config), 's3'],
    ['Glue Data Catalog', GLUE_LABELS[config.glueAccess], 'glue'],
    ...(config.glueAccess !== 'none' ? glueRows(config) : []),
    ...(config.target === 'serverless' ? serverlessRows(config) : []),
  ]
  return (
    <>
      <h4>Your answers</h4>
      <dl className="review">
        {rows.map(([term, value, stepId]) => (
          <div key={term} className="review-row">
            <dt>{term}</dt>
            <dd>{value}</dd>
            <dd>
              <button
                type="button"
                className="link"
                onClick={() => onEditStep(steps.findIndex((s) => s.id === stepId))}
                aria-label={`Change ${term}`}
              >
                Change
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </>
  )
}

function serverlessRows(config: ConfigInput): [string, string, StepId][] {
  const apps = config.trust.sourceArn === 'applications' ? `: ${config.trust.applicationIds.map((a) => a.id).join(', ')}` : ''
  return [
    ['aws:SourceAccount', config.trust.sourceAccount ? 'Required' : 'Not required', 'trust'],
    ['aws:SourceArn', SOURCE_ARN_LABELS[config.trust.sourceArn] + apps, 'trust'],
    ['PassRole policy', config.passRolePolicy ? 'Created' : 'Not created', 'trust'],
    ...(config.passRolePolicy ? [jobRunsRow(config)] : []),
  ]
}

function glueRows({ glueAccess, glueScope, lakeFormation }: ConfigInput): [string, string, StepId][] {
  const databases = glueScope.databases.map(({ name, access, tables }) => {
    const how = glueAccess === 'create-read' && access === 'read-write' ? 'read and write' : 'read'
    return `${name} (${how}${tables.length > 0 ? `: ${tables.map((t) => t.name).join(', ')}` : ''})`
  })
  return [
    ['Glue databases', glueScope.scope === 'all-databases' ? 'All databases' : databases.join('; '), 'glue'],
    ['Iceberg REST endpoint', glueScope.icebergRest ? 'Used' : 'Not used', 'glue'],
    ['Lake Formation', lakeFormation.enabled ? 'Governs the data' : 'Not used', 'glue'],
  ]
}

function jobRunsRow({ submitterJobRuns: jobRuns }: ConfigInput): [string, string, StepId] {
  if (!jobRuns.enabled) return ['Submitters run jobs', 'No', 'trust']
  const where = jobRuns.scope === 'all-applications' ? 'All applications in the region' : jobRuns.applicationIds.map((a) => a.id).join(', ')
  return ['Submitters run jobs', `${where}${jobRuns.interactive ? '; interactive too' : ''}`, 'trust']
}

function eksRows(config: ConfigInput): [string, string, StepId][] {
  const { eks } = config
  const pairs = eks.clusters.map((c) => `${c.clusterName}/${c.namespace}`).join(', ')
  return [
    ['Pod credentials', config.eksCredentials === 'pod-identity' ? 'EKS Pod Identity (associations)' : 'IRSA (OIDC trust)', 'clusters'],
    ['Clusters and namespaces', pairs, 'clusters'],
    ['CloudWatch Logs', eks.logs.enabled ? eks.logs.logGroupName : 'Not used', 'logs'],
    ['StartJobRun policy', eks.submitters.enabled ? LIMIT_LABELS[eks.submitters.limit] : 'Not created', 'submitters'],
  ]
}

function tableBucketsText({ tableBuckets }: ConfigInput): string {
  if (tableBuckets.length === 0) return 'None'
  return tableBuckets
    .map((t) => `${t.bucket}${t.namespace === '' ? '' : ` (namespace ${t.namespace})`}: ${t.access === 'read' ? 'read only' : 'read and write'}`)
    .join(', ')
}

function countOf(show: boolean, count: number, noun: string): string {
  return show ? `: ${count} ${noun}${count === 1 ? '' : 's'}` : ''
}
