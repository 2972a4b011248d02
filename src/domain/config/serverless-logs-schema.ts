import { z } from 'zod/mini'

/**
 * EMR Serverless job logs in CloudWatch Logs (the job run's cloudWatchLoggingConfiguration): the log group, the
 * log stream prefix, whether the role may create the group, and the KMS key the group is encrypted with (absent
 * for none, empty for a key still to be named).
 */
export const serverlessLogsSchema = z.object({
  enabled: z.boolean(),
  logGroupName: z.string(),
  logStreamPrefix: z.string(),
  createLogGroup: z.boolean(),
  kmsKeyArn: z.optional(z.string()),
})

export type ServerlessLogs = z.output<typeof serverlessLogsSchema>

/** Off, as every configuration made before the option existed (a link leaves it out while it is). */
export function defaultServerlessLogs(): ServerlessLogs {
  return { enabled: false, logGroupName: '', logStreamPrefix: '', createLogGroup: false }
}
