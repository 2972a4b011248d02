import { useWatch } from 'react-hook-form'
import { CheckboxField } from '../../components/checkbox-field'
import { RadioGroupField } from '../../components/radio-group-field'
import { ApplicationIdList } from './application-id-list'
import { SubmitterJobRunsFields } from './submitter-job-runs-fields'

export function TrustStep() {
  const [sourceArn, region, passRolePolicy] = useWatch({ name: ['trust.sourceArn', 'region', 'passRolePolicy'] }) as [string, string, boolean]
  return (
    <>
      <h3>Trust and submitters</h3>
      <p className="step-intro">
        The trust policy lets <code>emr-serverless.amazonaws.com</code> assume the role. Conditions keep other accounts
        and applications from using it.
      </p>
      <CheckboxField
        name="trust.sourceAccount"
        label="Require aws:SourceAccount (recommended)"
        hint="Only EMR Serverless applications in your account can assume the role: AWS’s confused-deputy protection."
      />
      <RadioGroupField
        name="trust.sourceArn"
        legend="Limit to EMR Serverless applications (aws:SourceArn)"
        options={[
          { value: 'none', label: 'Any application', description: 'No aws:SourceArn condition.' },
          {
            value: 'applications',
            label: 'Specific applications',
            description: 'Only the applications you list. Add new applications here before they can use the role.',
          },
          {
            value: 'all-applications',
            label: `All applications in ${region || 'the region'}`,
            description: 'Any application of this account in this region.',
          },
        ]}
      />
      {sourceArn === 'applications' && <ApplicationIdList />}
      <CheckboxField
        name="passRolePolicy"
        label="Create the job submitters’ PassRole policy"
        hint="Attach it to the people or pipelines that start job runs: they may pass this role, and only to EMR Serverless."
      />
      {passRolePolicy && <SubmitterJobRunsFields />}
    </>
  )
}
