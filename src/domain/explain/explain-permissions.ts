import type { Config } from '../config/schema'
import { explainKmsStatement } from './explain-kms'
import { explainBucketStatement, indexBucketRows, type BucketRows } from './explain-buckets'
import { explainGlueScopeStatement } from './explain-glue-scope'
import { explainTableBucketStatement } from './explain-table-buckets'
import { actionsText, stringsOf, type Explained, type JsonObject } from './statement-parts'

type LogsAnswers = Config['eks']['logs']

const SAMPLES = 'you ticked read access to the EMR sample buckets'

/** The permissions policy: EMR samples, buckets, Glue and (EMR on EKS) CloudWatch Logs, by Sid. */
export function createPermissionsExplainer(config: Config): (statement: JsonObject, sid: string) => Explained | undefined {
  const rows = config.s3Access === 'specific' ? indexBucketRows(config.buckets) : undefined
  return (statement, sid) => explainPermissionStatement(config, statement, sid, rows)
}

function explainPermissionStatement(
  config: Config,
  statement: JsonObject,
  sid: string,
  rows: BucketRows | undefined,
): Explained | undefined {
  const actions = actionsText(stringsOf(statement.Action))
  if (config.emrSamplesAccess) {
    const samples = explainSamplesStatement(actions, sid)
    if (samples !== undefined) return samples
  }
  if (config.glueAccess !== 'none') {
    const glue = explainGlueStatement(config, actions, sid) ?? explainGlueScopeStatement(config, actions, sid)
    if (glue !== undefined) return glue
  }
  if (config.target === 'eks' && config.eks.logs.enabled) {
    const logs = explainLogsStatement(config, config.eks.logs, 'eks.logs', actions, sid)
    if (logs !== undefined) return logs
  }
  if (config.target === 'serverless' && config.serverlessLogs.enabled) {
    const logs = explainLogsStatement(config, config.serverlessLogs, 'serverlessLogs', actions, sid)
    if (logs !== undefined) return logs
  }
  const kms = sid.includes('Key') ? explainKmsStatement(config, statement, sid) : undefined
  if (kms !== undefined) return kms
  return explainTableBucketStatement(config, statement, sid) ?? (rows === undefined ? undefined : explainBucketStatement(statement, sid, rows))
}

function explainSamplesStatement(actions: string, sid: string): Explained | undefined {
  switch (sid) {
    case 'ListEMRSamplesBuckets':
      return {
        sentence: `${actions} on the buckets named *.elasticmapreduce: ${SAMPLES}, so jobs can list AWS’s sample scripts and data there.`,
        field: 'emrSamplesAccess',
      }
    case 'ReadEMRSamplesObjects':
      return {
        sentence: `${actions} on objects in the buckets named *.elasticmapreduce: ${SAMPLES}, so jobs can read AWS’s sample scripts and data.`,
        field: 'emrSamplesAccess',
      }
  }
  return undefined
}

function explainGlueStatement(config: Config, actions: string, sid: string): Explained | undefined {
  const catalog = `the Glue Data Catalog of account ${config.accountId} in ${config.region}`
  if (sid === 'GlueReadDataCatalog' && config.glueAccess === 'read' && config.glueScope.scope === 'all-databases') {
    return {
      sentence:
        `${actions} on ${catalog}: you chose "Read only" Glue access, so Spark can read the databases, tables, partitions ` +
        'and functions of its metastore.',
      field: 'glueAccess',
    }
  }
  if (sid === 'GlueCreateAndReadDataCatalog' && config.glueAccess === 'create-read' && config.glueScope.scope === 'all-databases') {
    return {
      sentence:
        `${actions} on ${catalog}: you chose "Create and read" Glue access, so Spark can also create databases and ` +
        'tables, update and delete tables, and add partitions.',
      field: 'glueAccess',
    }
  }
  return undefined
}

/** CloudWatch Logs (EMR on EKS), after AWS's getting-started policy (domain-facts §3). */
function explainLogsStatement(config: Config, logs: LogsAnswers, base: string, actions: string, sid: string): Explained | undefined {
  const service = base === 'eks.logs' ? 'EMR on EKS' : 'EMR'
  const group = logs.logGroupName
  switch (sid) {
    case 'CreateCloudWatchLogGroup':
      return logs.createLogGroup
        ? {
            sentence: `${actions} for ${group}: you allowed creating the log group, which jobs need only while it does not exist yet.`,
            field: `${base}.createLogGroup`,
          }
        : undefined
    case 'DescribeCloudWatchLogGroups':
      return {
        sentence:
          `${actions} on the log groups of account ${config.accountId} in ${config.region}: you turned on CloudWatch Logs, ` +
          `and AWS’s ${service} logging policy includes this call, which lists log groups rather than reading one.`,
        field: `${base}.enabled`,
      }
    case 'DescribeAndCreateCloudWatchLogStreams':
      return {
        sentence: `${actions} in ${group}: lets jobs create and find their log streams in the log group you named.`,
        field: `${base}.logGroupName`,
      }
    case 'WriteToCloudWatchLogs':
      return logs.logStreamPrefix === ''
        ? {
            sentence: `${actions} on any log stream in ${group}: lets jobs send their logs to the log group you named.`,
            field: `${base}.logGroupName`,
          }
        : {
            sentence:
              `${actions} on log streams under ${logs.logStreamPrefix}/ in ${group}: lets jobs send their logs there, only ` +
              'under the stream prefix you gave.',
            field: `${base}.logStreamPrefix`,
          }
  }
  return undefined
}
