import type { Config } from '../config/schema'
import type { TableBucketEntry } from '../config/table-buckets-schema'
import { resolveRoleContext } from '../context/role-context'
import { parseTableBucketArn } from '../s3-tables/table-bucket-names'
import { tableBucketArn } from '../s3-tables/table-bucket-location'
import { tableBucketRowsInEffect } from '../s3-tables/table-bucket-statements'
import { countOf, listNames, type SummaryPart } from './wording'

/** Table buckets told one by one; the rest are counted. */
const TABLE_BUCKETS_DESCRIBED = 10

/**
 * What the role may do in S3 table buckets, as `buildTableBucketStatements` grants it: read every table of a bucket or
 * only those of some namespaces; with read and write, also create tables there and write them (and, over a whole
 * bucket, create namespaces). Nothing is said when no table bucket is listed.
 */
export function summarizeTableBuckets(config: Config): SummaryPart {
  if (config.tableBuckets.length === 0) return { can: [], cannot: [] }
  const context = resolveRoleContext(config)
  const inEffect = tableBucketRowsInEffect(config.tableBuckets, (row) => tableBucketArn(context, row.bucket))
  const rows = [...inEffect.whole, ...inEffect.limited]
    .sort((a, b) => a - b)
    .map((i) => config.tableBuckets[i])
    .filter((row): row is TableBucketEntry => row !== undefined)
  const told = rows.slice(0, TABLE_BUCKETS_DESCRIBED).map((row) => describeRow(row, config.accountId))
  const rest = rows.length - told.length
  const can = rest > 0 ? [...told, `Reads the tables of ${countOf(rest, 'more table bucket row')}; the permissions policy names each one`] : told
  return {
    can,
    cannot: [
      ...(rows.some((row) => row.access === 'read-write') ? [] : ['Cannot create or write any S3 table']),
      'Cannot delete or rename S3 tables, namespaces or table buckets, or change their policies, encryption or maintenance',
    ],
  }
}

function describeRow(row: TableBucketEntry, roleAccount: string): string {
  const arn = parseTableBucketArn(row.bucket)
  const name = arn?.name ?? row.bucket
  const where = arn === undefined ? '' : arn.accountId === roleAccount ? ` (in ${arn.region})` : ` (account ${arn.accountId}, ${arn.region})`
  const scope = row.namespace === '' ? `every namespace of table bucket ${name}${where}` : `namespace ${listNames([row.namespace])} of table bucket ${name}${where}`
  if (row.access === 'read') return `Reads the tables in ${scope}`
  return row.namespace === ''
    ? `Reads, creates and writes tables, and creates namespaces, in ${scope}`
    : `Reads, creates and writes tables in ${scope}`
}
