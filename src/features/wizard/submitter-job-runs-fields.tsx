import { useWatch } from 'react-hook-form'
import { CheckboxField } from '../../components/checkbox-field'
import { RadioGroupField } from '../../components/radio-group-field'
import { applicationIdFromPaste } from '../../domain/config/pasted-answers'
import type { SubmitterJobRuns } from '../../domain/config/job-runs-schema'
import { suggestLowerCaseId } from '../../domain/config/suggestions'
import { StringList } from './string-list'

/** "Submitters can run jobs": below the PassRole policy, which StartJobRun needs to pass this role. */
export function SubmitterJobRunsFields() {
  const [jobRuns, region] = useWatch({ name: ['submitterJobRuns', 'region'] }) as [SubmitterJobRuns, string]
  return (
    <>
      <CheckboxField
        name="submitterJobRuns.enabled"
        label="Submitters can also run jobs"
        hint="Adds emr-serverless:StartJobRun, ListJobRuns, GetJobRun, CancelJobRun and GetDashboardForJobRun to the same policy."
      />
      {jobRuns.enabled && (
        <>
          <RadioGroupField
            name="submitterJobRuns.scope"
            legend="Applications submitters may run jobs on"
            options={[
              { value: 'applications', label: 'Applications I list', description: 'Only these applications and their job runs.' },
              {
                value: 'all-applications',
                label: `All applications in ${region || 'the region'}`,
                description: 'Every application of this account in this region, later ones included.',
              },
            ]}
          />
          {jobRuns.scope === 'applications' && (
            <StringList
              name="submitterJobRuns.applicationIds"
              valueKey="id"
              legend="Submitters’ applications"
              itemLabel="Submitters’ application ID"
              addLabel="Add submitters’ application"
              placeholder="00fabcdexample01"
              hint="The ID, or the application’s ARN: the ID is read out of it."
              clean={applicationIdFromPaste}
              suggest={suggestLowerCaseId}
            />
          )}
          <CheckboxField
            name="submitterJobRuns.interactive"
            label="Interactive use: EMR Studio notebooks and Apache Livy endpoints"
            hint="Adds emr-serverless:AccessInteractiveEndpoints and AccessLivyEndpoints on the same applications."
          />
        </>
      )}
    </>
  )
}
