import type { TableBucketEntry } from '../config/table-buckets-schema'
import { concreteContext, type RoleContext } from '../context/role-context'
import { sortedUnique, type Statement } from '../iam/policy'
import { createSidAllocator, sidFragment } from '../iam/sid'
import { tableBucketArn, tablesArn } from './table-bucket-location'

/*
 * What a Spark job needs to read and write Iceberg tables in a table bucket through the S3 Tables catalog, after the
 * S3 User Guide's identity-based policy "Allow access to create and use tables in a table bucket"
 * (s3-tables-identity-based-policies.html), split by the resource type the Service Authorization Reference
 * (list_amazons3tables) gives each action: TableBucket (…:bucket/<name>) or Table (…:bucket/<name>/table/<id>).
 */

/** On the table bucket, never limited to a namespace: these actions have no s3tables:namespace key. */
export const DESCRIBE_TABLE_BUCKET_ACTIONS = ['s3tables:GetTableBucket', 's3tables:ListNamespaces']
/** On the table bucket, limitable by s3tables:namespace. */
export const READ_NAMESPACE_ACTIONS = ['s3tables:GetNamespace', 's3tables:ListTables']
/** On the tables: read the table, its current metadata file and its data and metadata objects. */
export const READ_TABLE_ACTIONS = ['s3tables:GetTable', 's3tables:GetTableData', 's3tables:GetTableMetadataLocation']
/** On the table bucket: CreateNamespace has no s3tables:namespace key, so a namespace-limited row leaves it out. */
export const CREATE_IN_BUCKET_ACTIONS = ['s3tables:CreateNamespace', 's3tables:CreateTable']
export const CREATE_TABLE_ACTIONS = ['s3tables:CreateTable']
/** On the tables: write data and metadata objects, and commit a new metadata file (every write needs both). */
export const WRITE_TABLE_ACTIONS = ['s3tables:PutTableData', 's3tables:UpdateTableMetadataLocation']

/**
 * Statements for the table buckets listed, in a fixed order: describe every bucket; then rows over the whole bucket
 * (read: namespaces, table lists and tables; read-write also creates namespaces and tables and writes tables); then,
 * namespace by namespace, the same limited with StringEquals on s3tables:namespace. A namespace row that a whole-bucket
 * row of the same bucket already covers (same or wider access) adds nothing and is left out. Empty for no rows.
 */
export function buildTableBucketStatements(context: RoleContext, rows: readonly TableBucketEntry[]): Statement[] {
  if (rows.length === 0) return []
  const nextSid = createSidAllocator()
  const concrete = concreteContext(context)
  // Ordered by the real ARN, so a template (placeholders for the role's own account) lists them as the preview does.
  const resolved = rows.map((row) => ({
    arn: tableBucketArn(context, row.bucket),
    key: tableBucketArn(concrete, row.bucket),
    namespace: row.namespace,
    access: row.access,
  }))
  const inEffect = tableBucketRowsInEffect(rows, (row) => tableBucketArn(concrete, row.bucket))
  const whole = inEffect.whole.map((index) => resolved[index]).filter((row) => row !== undefined)
  const limited = inEffect.limited.map((index) => resolved[index]).filter((row) => row !== undefined)
  type Row = (typeof resolved)[number]
  const statements: Statement[] = []
  const add = (sid: string, actions: string[], list: Row[], arnOf: (bucketArn: string) => string, namespace?: string) => {
    if (list.length === 0) return
    const byKey = new Map(list.map((row) => [arnOf(row.key), arnOf(row.arn)]))
    statements.push({
      Sid: nextSid(sid),
      Effect: 'Allow',
      Action: actions,
      Resource: sortedUnique(byKey.keys()).map((key) => byKey.get(key) ?? key),
      ...(namespace === undefined ? {} : { Condition: { StringEquals: { 's3tables:namespace': namespace } } }),
    })
  }
  const bucket = (arn: string) => arn
  const written = (list: Row[]) => list.filter((row) => row.access === 'read-write')

  add('DescribeTableBuckets', DESCRIBE_TABLE_BUCKET_ACTIONS, [...whole, ...limited], bucket)
  add('ListTablesInTableBuckets', READ_NAMESPACE_ACTIONS, whole, bucket)
  add('ReadTables', READ_TABLE_ACTIONS, whole, tablesArn)
  add('CreateNamespacesAndTables', CREATE_IN_BUCKET_ACTIONS, written(whole), bucket)
  add('WriteTables', WRITE_TABLE_ACTIONS, written(whole), tablesArn)

  for (const namespace of sortedUnique(limited.map((row) => row.namespace))) {
    const mine = limited.filter((row) => row.namespace === namespace)
    const fragment = sidFragment(namespace)
    add(`ListTablesInNamespace${fragment}`, READ_NAMESPACE_ACTIONS, mine, bucket, namespace)
    add(`ReadTablesInNamespace${fragment}`, READ_TABLE_ACTIONS, mine, tablesArn, namespace)
    add(`CreateTablesInNamespace${fragment}`, CREATE_TABLE_ACTIONS, written(mine), bucket, namespace)
    add(`WriteTablesInNamespace${fragment}`, WRITE_TABLE_ACTIONS, written(mine), tablesArn, namespace)
  }
  return statements
}

/**
 * Which rows write statements (by index): those over a whole bucket, and the namespace rows that a whole-bucket row of
 * the same bucket (`keyOf`: its ARN) does not already cover with the same or wider access.
 */
export function tableBucketRowsInEffect(
  rows: readonly TableBucketEntry[],
  keyOf: (row: TableBucketEntry) => string,
): { whole: number[]; limited: number[] } {
  const indexed = rows.map((row, index) => ({ row, index, key: keyOf(row) }))
  const whole = indexed.filter(({ row }) => row.namespace === '')
  const wholeWritten = new Set(whole.filter(({ row }) => row.access === 'read-write').map(({ key }) => key))
  const wholeRead = new Set(whole.map(({ key }) => key))
  const limited = indexed.filter(
    ({ row, key }) => row.namespace !== '' && !wholeWritten.has(key) && !(row.access === 'read' && wholeRead.has(key)),
  )
  return { whole: whole.map(({ index }) => index), limited: limited.map(({ index }) => index) }
}
