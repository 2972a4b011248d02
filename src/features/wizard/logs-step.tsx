import { useWatch } from 'react-hook-form'
import { CheckboxField } from '../../components/checkbox-field'
import { TextField } from '../../components/text-field'
import { suggestLogGroupName, suggestLogStreamPrefix } from '../../domain/config/suggestions'
import { LogGroupKeyFields } from './log-group-key-fields'
import { ServerlessLogsFields } from './serverless-logs-fields'

export function LogsStep() {
  const target = useWatch({ name: 'target' }) as string
  return target === 'serverless' ? <ServerlessLogsFields /> : <EksLogsFields />
}

function EksLogsFields() {
  const enabled = useWatch({ name: 'eks.logs.enabled' }) as boolean
  return (
    <>
      <h3>CloudWatch Logs</h3>
      <p className="step-intro">
        For jobs that send logs with <code>monitoringConfiguration.cloudWatchMonitoringConfiguration</code>.
      </p>
      <CheckboxField name="eks.logs.enabled" label="Jobs write logs to CloudWatch Logs" />
      {enabled && (
        <>
          <TextField name="eks.logs.logGroupName" label="Log group name" placeholder="/emr-on-eks/spark" suggest={suggestLogGroupName} />
          <TextField
            name="eks.logs.logStreamPrefix"
            label="Log stream prefix (optional)"
            suggest={suggestLogStreamPrefix}
            hint="The job’s logStreamNamePrefix; the role may write only to streams under it."
          />
          <CheckboxField
            name="eks.logs.createLogGroup"
            label="Allow creating the log group (logs:CreateLogGroup)"
            hint="Only needed when the log group does not exist yet."
          />
          <LogGroupKeyFields logs="eks.logs" />
        </>
      )}
    </>
  )
}
