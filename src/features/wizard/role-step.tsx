import { useWatch } from 'react-hook-form'
import { partitionOfRegion, KNOWN_REGIONS } from '../../domain/config/partition'
import { RadioGroupField } from '../../components/radio-group-field'
import { TextField } from '../../components/text-field'

export function RoleStep() {
  const region = useWatch({ name: 'region' }) as string
  return (
    <>
      <h3>Role and account</h3>
      <RadioGroupField
        name="target"
        legend="Job role for"
        options={[
          { value: 'serverless', label: 'EMR Serverless', description: 'A job runtime role that EMR Serverless applications assume.' },
          {
            value: 'eks',
            label: 'EMR on EKS',
            description: 'A job execution role that EMR on EKS jobs assume through the cluster’s OIDC provider.',
          },
        ]}
      />
      <TextField
        name="region"
        label="AWS Region"
        list="known-regions"
        hint={
          <>
            Partition: <strong data-testid="partition">{partitionOfRegion(region)}</strong> (follows from the region
            and goes into every ARN).
          </>
        }
      />
      <datalist id="known-regions">
        {KNOWN_REGIONS.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <TextField
        name="accountId"
        label="AWS account ID"
        inputMode="numeric"
        placeholder="123456789012"
        hint="The 12-digit account that owns the role."
      />
      <TextField name="roleName" label="Role name" hint="Up to 64 letters, digits and + = , . @ _ -" />
      <TextField
        name="rolePath"
        label="Role path (optional)"
        placeholder="/"
        hint="Starts and ends with /, for example /emr/. Leave empty for none."
      />
    </>
  )
}
