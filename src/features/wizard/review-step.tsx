import { useWatch } from 'react-hook-form'
import { partitionOfRegion } from '../../domain/config/partition'
import type { ConfigInput } from '../../domain/config/schema'
import { roleArn } from '../../domain/iam/arn'
import type { StepViewProps } from './wizard'

const S3_LABELS = { all: 'All buckets (AmazonS3FullAccess)', specific: 'Specific buckets', none: 'None' }
const GLUE_LABELS = { none: 'None', read: 'Read only', 'create-read': 'Create and read' }
const SOURCE_ARN_LABELS = { none: 'Any application', applications: 'Specific applications', 'all-applications': 'All applications in the region' }

/** A summary of every answer, each with a way back to the step that sets it. */
export function ReviewStep({ onEditStep }: StepViewProps) {
  const config = useWatch() as ConfigInput
  const partition = partitionOfRegion(config.region)
  const rows: [string, string, number][] = [
    ['Role ARN', roleArn(partition, config.accountId || '<account>', config.rolePath, config.roleName), 0],
    ['Region and partition', `${config.region} (${partition})`, 0],
    ['S3 access', S3_LABELS[config.s3Access] + bucketSummary(config), 1],
    ['EMR samples', config.emrSamplesAccess ? 'Read' : 'No access', 1],
    ['Glue Data Catalog', GLUE_LABELS[config.glueAccess], 2],
    ['aws:SourceAccount', config.trust.sourceAccount ? 'Required' : 'Not required', 3],
    ['aws:SourceArn', SOURCE_ARN_LABELS[config.trust.sourceArn] + appSummary(config), 3],
    ['PassRole policy', config.passRolePolicy ? 'Created' : 'Not created', 3],
  ]
  return (
    <>
      <h3>Review</h3>
      <p className="step-intro">Check your answers; the documents and any warnings are in the preview.</p>
      <dl className="review">
        {rows.map(([term, value, step]) => (
          <div key={term} className="review-row">
            <dt>{term}</dt>
            <dd>{value}</dd>
            <dd>
              <button type="button" className="link" onClick={() => onEditStep(step)} aria-label={`Change ${term}`}>
                Change
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </>
  )
}

function bucketSummary(config: ConfigInput): string {
  if (config.s3Access !== 'specific') return ''
  const count = config.buckets.length
  return `: ${count} bucket${count === 1 ? '' : 's'}`
}

function appSummary(config: ConfigInput): string {
  if (config.trust.sourceArn !== 'applications') return ''
  return `: ${config.trust.applicationIds.map((a) => a.id).join(', ')}`
}
