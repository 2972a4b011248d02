import type { Config } from '../config/schema'
import { EMR_SERVERLESS_PRINCIPAL } from '../serverless/serverless-documents'
import { actionsText, listOf, stringsOf, type Explained, type JsonObject } from './statement-parts'

/** The EMR Serverless trust statement: which conditions the "Trust and submitters" answers added, and why. */
export function explainServerlessTrust(config: Config, statement: JsonObject, sid: string): Explained | undefined {
  if (sid !== 'EMRServerlessTrustPolicy') return undefined
  const { sourceAccount, sourceArn, applicationIds } = config.trust
  const ids = applicationIds.map(({ id }) => id)
  const limits = [
    ...(sourceArn === 'applications' ? [`only for application${ids.length === 1 ? '' : 's'} ${listOf(ids, 2)} (aws:SourceArn)`] : []),
    ...(sourceArn === 'all-applications' ? [`only for applications of account ${config.accountId} in ${config.region} (aws:SourceArn)`] : []),
    ...(sourceAccount ? [`only for account ${config.accountId} (aws:SourceAccount)`] : []),
  ]
  const start = `${actionsText(stringsOf(statement.Action))} for ${EMR_SERVERLESS_PRINCIPAL}: lets EMR Serverless assume this role to run your jobs`
  return {
    sentence:
      limits.length === 0
        ? `${start}; with aws:SourceAccount off and no application limit, nothing in it ties the role to your account.`
        : `${start}, ${limits.join(' and ')}, as you chose.`,
    field:
      sourceArn === 'applications' && ids.length > 0
        ? 'trust.applicationIds.0.id'
        : sourceArn === 'all-applications'
          ? 'trust.sourceArn'
          : 'trust.sourceAccount',
  }
}

/** The job submitters' PassRole policy. */
export function explainPassRole(config: Config, statement: JsonObject, sid: string): Explained | undefined {
  if (sid !== 'PassJobRuntimeRoleToEMRServerless' || !config.passRolePolicy) return undefined
  return {
    sentence:
      `${actionsText(stringsOf(statement.Action))} on role ${config.roleName}, only to ${EMR_SERVERLESS_PRINCIPAL}: you asked for ` +
      'the submitters’ PassRole policy; emr-serverless:StartJobRun needs it to give this role to the job as its runtime role.',
    field: 'passRolePolicy',
  }
}
