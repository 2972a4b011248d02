import { useWatch } from 'react-hook-form'
import { CheckboxField } from '../../components/checkbox-field'
import { TextField } from '../../components/text-field'
import type { ConfigInput } from '../../domain/config/schema'
import { suggestLogGroupName, suggestLogStreamPrefix } from '../../domain/config/suggestions'
import { LogGroupKeyFields } from './log-group-key-fields'

/** EMR Serverless job logs in CloudWatch Logs. */
export function ServerlessLogsFields() {
  const logs = useWatch<ConfigInput, 'serverlessLogs'>({ name: 'serverlessLogs' })
  return (
    <>
      <h3>CloudWatch Logs</h3>
      <p className="step-intro">
        For jobs that send logs with <code>monitoringConfiguration.cloudWatchLoggingConfiguration</code>.
      </p>
      <CheckboxField name="serverlessLogs.enabled" label="Jobs write logs to CloudWatch Logs" />
      {logs.enabled && (
        <>
          <TextField name="serverlessLogs.logGroupName" label="Log group name" placeholder="/aws/emr-serverless" suggest={suggestLogGroupName} />
          <TextField
            name="serverlessLogs.logStreamPrefix"
            label="Log stream prefix (optional)"
            suggest={suggestLogStreamPrefix}
            hint="The job’s logStreamNamePrefix; the role may write only to streams under it."
          />
          <CheckboxField
            name="serverlessLogs.createLogGroup"
            label="Allow creating the log group (logs:CreateLogGroup)"
            hint="Only needed when the log group does not exist yet."
          />
          <LogGroupKeyFields logs="serverlessLogs" />
        </>
      )}
    </>
  )
}
