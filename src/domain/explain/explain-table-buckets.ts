import type { Config } from '../config/schema'
import type { TableBucketEntry } from '../config/table-buckets-schema'
import { resolveRoleContext } from '../context/role-context'
import { tableBucketArn } from '../s3-tables/table-bucket-location'
import { tableBucketRowsInEffect } from '../s3-tables/table-bucket-statements'
import { actionsText, conditionValues, quotedList, stringsOf, type Explained, type JsonObject } from './statement-parts'

const KINDS = [
  'ListTablesInNamespace',
  'ReadTablesInNamespace',
  'CreateTablesInNamespace',
  'WriteTablesInNamespace',
  'DescribeTableBuckets',
  'ListTablesInTableBuckets',
  'ReadTables',
  'CreateNamespacesAndTables',
  'WriteTables',
] as const
type Kind = (typeof KINDS)[number]

const CATALOG = 'the S3 Tables catalog'

/** The S3 Tables statements of the permissions policy (s3-tables/table-bucket-statements.ts), by Sid. */
export function explainTableBucketStatement(config: Config, statement: JsonObject, sid: string): Explained | undefined {
  const actionList = stringsOf(statement.Action)
  if (config.tableBuckets.length === 0 || !actionList.every((a) => a.startsWith('s3tables:'))) return undefined
  const kind = KINDS.find((k) => (k.endsWith('InNamespace') ? sid.startsWith(k) : sid === k))
  if (kind === undefined) return undefined
  const context = resolveRoleContext(config)
  const inEffect = tableBucketRowsInEffect(config.tableBuckets, (row) => tableBucketArn(context, row.bucket))
  const namespace = conditionValues(statement, 's3tables:namespace')[0]
  const indices = kind.endsWith('InNamespace')
    ? inEffect.limited.filter((i) => config.tableBuckets[i]?.namespace === namespace)
    : kind === 'DescribeTableBuckets'
      ? [...inEffect.whole, ...inEffect.limited].sort((a, b) => a - b)
      : inEffect.whole
  const writes = kind.startsWith('Create') || kind.startsWith('Write')
  const mine = indices.filter((i) => !writes || config.tableBuckets[i]?.access === 'read-write')
  const first = mine[0]
  if (first === undefined) return undefined
  const rows = mine.map((i) => config.tableBuckets[i]).filter((row): row is TableBucketEntry => row !== undefined)
  const where = `table bucket${new Set(rows.map((r) => r.bucket)).size === 1 ? '' : 's'} ${quotedList([...new Set(rows.map((r) => r.bucket))])}`
  const inNamespace = namespace === undefined ? '' : `, only in namespace "${namespace}"`
  const field = (key: keyof TableBucketEntry) => `tableBuckets.${first}.${key}`
  return { sentence: sentenceOf(kind, actionsText(actionList), where, inNamespace), field: field(fieldOf(kind)) }
}

function fieldOf(kind: Kind): keyof TableBucketEntry {
  if (kind.startsWith('Create') || kind.startsWith('Write')) return 'access'
  if (kind.endsWith('InNamespace') || kind === 'ListTablesInTableBuckets') return 'namespace'
  return 'bucket'
}

function sentenceOf(kind: Kind, actions: string, where: string, inNamespace: string): string {
  switch (kind) {
    case 'DescribeTableBuckets':
      return `${actions} on ${where}: you listed them as S3 table buckets, and ${CATALOG} reads a table bucket and lists its namespaces; these actions have no s3tables:namespace key, so no namespace limits them.`
    case 'ListTablesInTableBuckets':
    case 'ListTablesInNamespace':
      return `${actions} on ${where}${inNamespace}: ${CATALOG} looks up a namespace and lists its tables before it opens one.`
    case 'ReadTables':
    case 'ReadTablesInNamespace':
      return `${actions} on the tables of ${where}${inNamespace}: jobs read a table’s details, its current metadata file and its data and metadata objects.`
    case 'CreateNamespacesAndTables':
      return `${actions} on ${where}: you chose "Read and write" for every namespace, so jobs can create namespaces and tables there.`
    case 'CreateTablesInNamespace':
      return `${actions} on ${where}${inNamespace}: you chose "Read and write", so jobs can create tables in that namespace (not namespaces: CreateNamespace cannot be limited to one).`
    case 'WriteTables':
    case 'WriteTablesInNamespace':
      return `${actions} on the tables of ${where}${inNamespace}: you chose "Read and write"; every write puts data and metadata objects, then commits the new metadata file.`
  }
}
