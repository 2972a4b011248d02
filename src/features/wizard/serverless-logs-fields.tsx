import { useFormContext, useWatch } from 'react-hook-form'
import { CheckboxField } from '../../components/checkbox-field'
import { TextField } from '../../components/text-field'
import type { ConfigInput } from '../../domain/config/schema'
import { suggestLogGroupName, suggestLogStreamPrefix } from '../../domain/config/suggestions'

/** EMR Serverless job logs in CloudWatch Logs. */
export function ServerlessLogsFields() {
  const { setValue } = useFormContext<ConfigInput>()
  const logs = useWatch<ConfigInput, 'serverlessLogs'>({ name: 'serverlessLogs' })
  const encrypted = logs.kmsKeyArn !== undefined
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
          <div className="field field-checkbox">
            <input
              id="serverlessLogs-encrypted"
              type="checkbox"
              checked={encrypted}
              onChange={() => setValue('serverlessLogs.kmsKeyArn', encrypted ? undefined : '', { shouldDirty: true, shouldValidate: encrypted })}
            />
            <label htmlFor="serverlessLogs-encrypted">The log group is encrypted with a KMS key</label>
          </div>
          {encrypted && (
            <TextField
              name="serverlessLogs.kmsKeyArn"
              label="Log group KMS key ARN"
              placeholder="arn:aws:kms:us-east-1:111122223333:key/…"
              hint="The key associated with the log group (leave empty to name it later)."
            />
          )}
        </>
      )}
    </>
  )
}
