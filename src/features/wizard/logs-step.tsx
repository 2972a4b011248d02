import { useWatch } from 'react-hook-form'
import { CheckboxField } from '../../components/checkbox-field'
import { TextField } from '../../components/text-field'
import { suggestLogGroupName, suggestLogStreamPrefix } from '../../domain/config/suggestions'
import { LogGroupKeyFields } from './log-group-key-fields'

/** How each target's jobs send logs, where its answers sit, and the log group it suggests. */
const TARGET_LOGS = {
  serverless: { logs: 'serverlessLogs', setting: 'cloudWatchLoggingConfiguration', placeholder: '/aws/emr-serverless' },
  eks: { logs: 'eks.logs', setting: 'cloudWatchMonitoringConfiguration', placeholder: '/emr-on-eks/spark' },
} as const

/** Job logs in CloudWatch Logs: the same answers for EMR Serverless and EMR on EKS, each in its own place. */
export function LogsStep() {
  const target = useWatch({ name: 'target' }) as keyof typeof TARGET_LOGS
  const { logs, setting, placeholder } = TARGET_LOGS[target]
  const enabled = useWatch({ name: `${logs}.enabled` }) as boolean
  return (
    <>
      <h3>CloudWatch Logs</h3>
      <p className="step-intro">
        For jobs that send logs with <code>monitoringConfiguration.{setting}</code>.
      </p>
      <CheckboxField name={`${logs}.enabled`} label="Jobs write logs to CloudWatch Logs" />
      {enabled && (
        <>
          <TextField name={`${logs}.logGroupName`} label="Log group name" placeholder={placeholder} suggest={suggestLogGroupName} />
          <TextField
            name={`${logs}.logStreamPrefix`}
            label="Log stream prefix (optional)"
            suggest={suggestLogStreamPrefix}
            hint="The job’s logStreamNamePrefix; the role may write only to streams under it."
          />
          <CheckboxField
            name={`${logs}.createLogGroup`}
            label="Allow creating the log group (logs:CreateLogGroup)"
            hint="Only needed when the log group does not exist yet."
          />
          <LogGroupKeyFields logs={logs} />
        </>
      )}
    </>
  )
}
