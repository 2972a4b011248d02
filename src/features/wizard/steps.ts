import type { ReactNode } from 'react'
import type { Path } from 'react-hook-form'
import type { ConfigInput, Target } from '../../domain/config/schema'

export type StepId = 'role' | 'clusters' | 's3' | 'glue' | 'logs' | 'trust' | 'submitters' | 'review'

/** What every step view receives: a way back to an earlier step, and the review's panel (the review uses both). */
export interface StepViewProps {
  onEditStep: (index: number) => void
  /** What the role can do, its warnings and its files: composed by the app, shown by the review step. */
  reviewPanel?: ReactNode
}

export interface WizardStep {
  id: StepId
  title: string
  /** The fields "Next" validates before leaving the step. */
  fields: Path<ConfigInput>[]
}

const ROLE: WizardStep = { id: 'role', title: 'Role and account', fields: ['target', 'region', 'accountId', 'roleName', 'rolePath', 'roleSettings'] }
const S3: WizardStep = { id: 's3', title: 'S3', fields: ['s3Access', 'buckets', 'emrSamplesAccess', 'tableBuckets'] }
const GLUE: WizardStep = { id: 'glue', title: 'Glue', fields: ['glueAccess', 'glueScope', 'lakeFormation'] }
const REVIEW: WizardStep = { id: 'review', title: 'Review', fields: [] }

const STEPS_BY_TARGET: Record<Target, readonly WizardStep[]> = {
  serverless: [ROLE, S3, GLUE, { id: 'logs', title: 'CloudWatch Logs', fields: ['serverlessLogs'] }, { id: 'trust', title: 'Trust and submitters', fields: ['trust', 'passRolePolicy', 'submitterJobRuns'] }, REVIEW],
  eks: [
    ROLE,
    {
      id: 'clusters',
      title: 'EKS clusters',
      fields: ['eksCredentials', 'eks.clusters', 'eks.requireAudience', 'eks.serviceAccounts', 'eks.existingTrustPolicy'],
    },
    S3,
    GLUE,
    { id: 'logs', title: 'CloudWatch Logs', fields: ['eks.logs'] },
    { id: 'submitters', title: 'Job submitters', fields: ['eks.submitters'] },
    REVIEW,
  ],
}

export function stepsFor(target: Target): readonly WizardStep[] {
  return STEPS_BY_TARGET[target]
}

/** The step that shows a field, e.g. "buckets.3.access" → the S3 step. */
export function stepIndexOfField(target: Target, field: string): number {
  const index = stepsFor(target).findIndex((step) =>
    step.fields.some((f) => field === f || field.startsWith(`${f}.`)),
  )
  return index === -1 ? 0 : index
}
