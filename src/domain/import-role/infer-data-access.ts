import type { GlueDatabase, GlueScope } from '../config/glue-scope-schema'
import type { BucketEntry, GlueAccess } from '../config/schema'
import { GLUE_TABLE_WRITE_ACTIONS } from '../glue/glue-scoped-statements'
import { GLUE_CREATE_AND_READ_ACTIONS, GLUE_READ_ACTIONS } from '../glue/glue-statements'
import type { ReadStatement } from './statements'

export interface DataAccess {
  buckets: BucketEntry[]
  emrSamplesAccess: boolean
  glueAccess: GlueAccess
  glueScope: GlueScope
  lakeFormation: boolean
  logs: { enabled: boolean; logGroupName: string; logStreamPrefix: string; createLogGroup: boolean }
  notes: string[]
}

const S3_ARN = /^arn:[\w-]+:s3:::([^/]+)(?:\/(.*))?$/
const SAMPLES_BUCKET = '*.elasticmapreduce'
/** Object actions that change data: a statement with any of them makes its buckets read-write. */
const S3_WRITES = /^s3:(\*|put\*?|putobject|deleteobject\*?|deleteobject|abortmultipartupload|\*object)$/
const GLUE_WRITES = new Set([...GLUE_CREATE_AND_READ_ACTIONS.filter((a) => !GLUE_READ_ACTIONS.includes(a)), ...GLUE_TABLE_WRITE_ACTIONS].map((a) => a.toLowerCase()))

/**
 * The data access the permissions statements grant, read as the wizard's answers: the S3 buckets and prefixes (read
 * or read-write from the object actions), the EMR samples, Glue Data Catalog access and scope, Lake Formation and
 * CloudWatch Logs. Statements broader than an answer still give the answer closest to them (s3:* on a bucket is
 * read-write); the comparison afterwards says what differs.
 */
export function inferDataAccess(statements: readonly ReadStatement[]): DataAccess {
  const notes: string[] = []
  const entries = new Map<string, BucketEntry>()
  let emrSamplesAccess = false
  const allows = statements.filter((s) => s.effect === 'Allow')
  for (const statement of allows) {
    const s3Actions = statement.actions.filter((a) => a.startsWith('s3:') || a === '*')
    if (s3Actions.length === 0) continue
    const writes = s3Actions.some((a) => a === '*' || S3_WRITES.test(a))
    for (const resource of statement.resources) {
      const match = S3_ARN.exec(resource)
      if (!match) continue
      const [, name = '', key] = match
      if (name === SAMPLES_BUCKET) {
        emrSamplesAccess = true
        continue
      }
      if (/[*?]/.test(name)) {
        notes.push(`The bucket pattern ${name} is not a bucket name; it stays in the edited permissions policy.`)
        continue
      }
      const prefix = key === undefined ? '' : key.replace(/\*$/, '')
      if (key === undefined && [...entries.values()].some((e) => e.name === name)) continue
      const id = `${name}\u0000${prefix}`
      const access = key !== undefined && writes ? 'read-write' : 'read'
      const earlier = entries.get(id)
      if (earlier === undefined || (earlier.access === 'read' && access === 'read-write')) entries.set(id, { name, prefix, access })
    }
  }
  for (const [id, entry] of [...entries]) {
    // A bucket ARN (for s3:ListBucket) beside prefixed object ARNs is how those prefixes are listed, not an entry.
    const prefixed = [...entries.values()].some((other) => other.name === entry.name && other.prefix !== '')
    if (entry.prefix === '' && prefixed && !hasWholeBucketObjects(allows, entry.name)) entries.delete(id)
  }
  return { buckets: [...entries.values()], emrSamplesAccess, ...inferGlue(allows), logs: inferLogs(allows), notes }
}

function hasWholeBucketObjects(statements: readonly ReadStatement[], name: string): boolean {
  return statements.some((s) => s.resources.some((r) => S3_ARN.exec(r)?.[1] === name && S3_ARN.exec(r)?.[2] === '*'))
}

const GLUE_ARN = /^arn:[\w-]+:glue:[^:]*:[^:]*:(.*)$/

function inferGlue(statements: readonly ReadStatement[]): { glueAccess: GlueAccess; glueScope: GlueScope; lakeFormation: boolean } {
  const glue = statements.filter((s) => s.actions.some((a) => a.startsWith('glue:') || a === '*'))
  const lakeFormation = statements.some((s) => s.actions.includes('lakeformation:getdataaccess') || s.actions.includes('lakeformation:*'))
  const catalogActions = glue.flatMap((s) => s.actions).filter((a) => a !== 'glue:getcatalog')
  const glueAccess: GlueAccess = glue.length === 0 || catalogActions.length === 0
    ? 'none'
    : catalogActions.some((a) => a === '*' || a === 'glue:*' || GLUE_WRITES.has(a))
      ? 'create-read'
      : 'read'
  const icebergRest = glue.some((s) => s.actions.includes('glue:getcatalog') || s.actions.includes('glue:*'))
  const resources = glue.flatMap((s) => s.resources.map((r) => GLUE_ARN.exec(r)?.[1] ?? (r === '*' ? '*' : '')))
  const everyDatabase = resources.some((r) => r === '*' || r === 'database/*' || r.startsWith('table/*'))
  if (glueAccess === 'none' || everyDatabase) return { glueAccess, glueScope: { scope: 'all-databases', databases: [], icebergRest }, lakeFormation }
  return { glueAccess, glueScope: { scope: 'databases', databases: listedDatabases(glue, glueAccess), icebergRest }, lakeFormation }
}

/** The databases named by table/<db>/… ARNs (the wizard names each listed database's tables), with their tables. */
function listedDatabases(glue: readonly ReadStatement[], glueAccess: GlueAccess): GlueDatabase[] {
  const databases = new Map<string, GlueDatabase>()
  for (const statement of glue) {
    const writes = statement.actions.some((a) => GLUE_WRITES.has(a))
    for (const resource of statement.resources) {
      const table = /^table\/([^/]+)\/(.+)$/.exec(GLUE_ARN.exec(resource)?.[1] ?? '')
      if (!table) continue
      const [, name = '', tableName = ''] = table
      const database = databases.get(name) ?? { name, access: 'read', tables: [] }
      if (tableName !== '*' && !database.tables.some((t) => t.name === tableName)) database.tables.push({ name: tableName })
      if (writes && glueAccess === 'create-read') database.access = 'read-write'
      databases.set(name, database)
    }
  }
  return [...databases.values()]
}

const LOG_STREAMS = /^arn:[\w-]+:logs:[^:]*:[^:]*:log-group:(.+):log-stream:(.*)$/

function inferLogs(statements: readonly ReadStatement[]): DataAccess['logs'] {
  const off = { enabled: false, logGroupName: '', logStreamPrefix: '', createLogGroup: false }
  const writer = statements.find((s) => s.actions.includes('logs:putlogevents'))
  const match = writer?.resources.map((r) => LOG_STREAMS.exec(r)).find((m) => m !== null)
  if (!match) return off
  const [, logGroupName = '', streams = ''] = match
  return {
    enabled: true,
    logGroupName,
    logStreamPrefix: streams === '*' ? '' : streams.replace(/\/\*$/, ''),
    createLogGroup: statements.some((s) => s.actions.includes('logs:createloggroup')),
  }
}
