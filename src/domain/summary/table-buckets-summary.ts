import type { Config } from '../config/schema'
import type { TableBucketEntry } from '../config/table-buckets-schema'
import { countOf, listNames, type SummaryPart } from './wording'

/** Table buckets told one by one; the rest are counted. */
const TABLE_BUCKETS_DESCRIBED = 10

/**
 * What the role may do in S3 table buckets, as `buildTableBucketStatements` grants it: read every table of a bucket or
 * only those of some namespaces; with read and write, also create tables there and write them (and, over a whole
 * bucket, create namespaces). A namespace row that a whole-bucket row of the same bucket covers is not told (the
 * builder leaves it out). Nothing is said when no table bucket is listed. Like the rest of the summary this loads
 * later, so it reads ARNs itself rather than import the page's own S3 Tables modules.
 */
export function summarizeTableBuckets(config: Config): SummaryPart {
  if (config.tableBuckets.length === 0) return { can: [], cannot: [] }
  const keyOf = (row: TableBucketEntry) => (row.bucket.startsWith('arn:') ? row.bucket : `arn:own:bucket/${row.bucket}`)
  const ownKey = (row: TableBucketEntry) => {
    const arn = parseArn(row.bucket)
    return arn !== undefined && arn.accountId === config.accountId && arn.region === config.region ? `arn:own:bucket/${arn.name}` : keyOf(row)
  }
  const wholeRows = config.tableBuckets.filter((row) => row.namespace === '')
  const wholeRead = new Set(wholeRows.map(ownKey))
  const wholeWritten = new Set(wholeRows.filter((row) => row.access === 'read-write').map(ownKey))
  const rows = config.tableBuckets.filter(
    (row) => row.namespace === '' || !(wholeWritten.has(ownKey(row)) || (row.access === 'read' && wholeRead.has(ownKey(row)))),
  )
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

/** arn:<partition>:s3tables:<region>:<account>:bucket/<name> → its region, account and name. */
function parseArn(bucket: string): { region: string; accountId: string; name: string } | undefined {
  const [arn, , service, region = '', accountId = ''] = bucket.split(':')
  const at = bucket.indexOf(':bucket/')
  return arn === 'arn' && service === 's3tables' && at !== -1 ? { region, accountId, name: bucket.slice(at + ':bucket/'.length) } : undefined
}

function describeRow(row: TableBucketEntry, roleAccount: string): string {
  const arn = parseArn(row.bucket)
  const name = arn?.name ?? row.bucket
  const where = arn === undefined ? '' : arn.accountId === roleAccount ? ` (in ${arn.region})` : ` (account ${arn.accountId}, ${arn.region})`
  const scope = row.namespace === '' ? `every namespace of table bucket ${name}${where}` : `namespace ${listNames([row.namespace])} of table bucket ${name}${where}`
  if (row.access === 'read') return `Reads the tables in ${scope}`
  return row.namespace === ''
    ? `Reads, creates and writes tables, and creates namespaces, in ${scope}`
    : `Reads, creates and writes tables in ${scope}`
}
