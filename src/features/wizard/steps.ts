import type { Path } from 'react-hook-form'
import type { ConfigInput } from '../../domain/config/schema'

export interface WizardStep {
  id: string
  title: string
  /** The fields "Next" validates before leaving the step. */
  fields: Path<ConfigInput>[]
}

export const STEPS: readonly WizardStep[] = [
  { id: 'role', title: 'Role and account', fields: ['region', 'accountId', 'roleName', 'rolePath'] },
  { id: 's3', title: 'S3', fields: ['s3Access', 'buckets', 'emrSamplesAccess'] },
  { id: 'glue', title: 'Glue', fields: ['glueAccess'] },
  { id: 'trust', title: 'Trust and submitters', fields: ['trust', 'passRolePolicy'] },
  { id: 'review', title: 'Review', fields: [] },
]

/** The step that shows a field, e.g. "buckets.3.access" → the S3 step. */
export function stepIndexOfField(field: string): number {
  const index = STEPS.findIndex((step) => step.fields.some((f) => field === f || field.startsWith(`${f}.`)))
  return index === -1 ? 0 : index
}
