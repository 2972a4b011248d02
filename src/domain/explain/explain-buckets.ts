import type { BucketEntry } from '../config/schema'
import { actionsText, conditionValues, itOrThem, listOf, quotedList, rowsText, stringsOf, type Explained, type JsonObject } from './statement-parts'

/** A bucket or object ARN read back: `arn:<p>:s3:::<bucket>` or `arn:<p>:s3:::<bucket>/<prefix>*`. */
interface S3Location {
  bucket: string
  /** The key prefix of an object ARN, without its final "*"; undefined for a bucket ARN. */
  prefix: string | undefined
}

function parseS3Arn(arn: string): S3Location | undefined {
  const match = /^arn:[^:]*:s3:::([^/]+)(?:\/(.*))?$/.exec(arn)
  if (match === null) return undefined
  const [, bucket = '', rest] = match
  if (rest === undefined) return { bucket, prefix: undefined }
  return rest.endsWith('*') ? { bucket, prefix: rest.slice(0, -1) } : undefined
}

/** The bucket rows by bucket name, so 10,000 rows are matched in one pass rather than one pass per statement. */
export type BucketRows = Map<string, { row: number; bucket: BucketEntry }[]>

export function indexBucketRows(buckets: readonly BucketEntry[]): BucketRows {
  const rows: BucketRows = new Map()
  buckets.forEach((bucket, row) => {
    const list = rows.get(bucket.name)
    if (list) list.push({ row, bucket })
    else rows.set(bucket.name, [{ row, bucket }])
  })
  return rows
}

/** The rows of the named buckets that pass `test`, in form order. */
function rowsWhere(rows: BucketRows, names: Iterable<string>, test: (bucket: BucketEntry) => boolean): number[] {
  const found = [...new Set(names)].flatMap((name) => (rows.get(name) ?? []).filter((r) => test(r.bucket)).map((r) => r.row))
  return found.sort((a, b) => a - b)
}

/** Names a bucket row with its prefix, as the policy does: amzn-example-data or amzn-example-data/raw/. */
const where = (bucket: string, prefix: string) => (prefix === '' ? bucket : `${bucket}/${prefix}`)

const SPARK_LISTS = 'as it does to find the files under a path'

/**
 * The statements of `buildBucketStatements`, matched back to the bucket rows by name (and prefix) and access; a
 * statement that names a bucket no row holds is not recognised.
 */
export function explainBucketStatement(statement: JsonObject, sid: string, rows: BucketRows): Explained | undefined {
  const locations = stringsOf(statement.Resource).map(parseS3Arn)
  if (locations.length === 0 || locations.some((l) => l === undefined)) return undefined
  const parsed = locations as S3Location[]
  const names = [...new Set(parsed.map((l) => l.bucket))]
  const actions = actionsText(stringsOf(statement.Action))

  if (sid === 'ListBuckets') {
    const matched = rowsWhere(rows, names, (b) => b.prefix === '')
    if (matched.length === 0) return undefined
    return {
      sentence:
        `${actions} on ${listOf(names, 2)}: ${rowsText('bucket', matched)} ${matched.length === 1 ? 'has' : 'have'} no prefix, so Spark ` +
        `may list every key in ${itOrThem(names.length)}, ${SPARK_LISTS}.`,
      field: `buckets.${matched[0]}.prefix`,
    }
  }

  if (/^ListPrefixesIn/.test(sid)) {
    const bucket = names[0]
    const prefixes = conditionValues(statement, 's3:prefix').map((p) => (p.endsWith('*') ? p.slice(0, -1) : p))
    const given = new Set(prefixes)
    const matched = rowsWhere(rows, names, (b) => b.prefix !== '' && given.has(b.prefix))
    if (names.length !== 1 || matched.length === 0) return undefined
    const one = prefixes.length === 1
    return {
      sentence:
        `${actions} with s3:prefix ${quotedList(prefixes, 'or')}: lets Spark list only under ` +
        `${one ? prefixes[0] : 'those prefixes'} in ${bucket}, the ${one ? 'prefix' : 'prefixes'} you gave for ${rowsText('bucket', matched)}.`,
      field: `buckets.${matched[0]}.prefix`,
    }
  }

  if (sid === 'ListMultipartUploads') {
    const matched = rowsWhere(rows, names, (b) => b.access === 'read-write')
    if (matched.length === 0) return undefined
    return {
      sentence:
        `${actions} on ${listOf(names, 2)}: you set ${rowsText('bucket', matched)} to read and write, and Spark’s S3 committers ` +
        'write through multipart uploads and clean up those of failed tasks; S3 cannot limit this action to a key prefix, so it covers the whole bucket’s uploads.',
      field: `buckets.${matched[0]}.access`,
    }
  }

  if (sid === 'ReadObjects' || sid === 'ReadWriteObjects') {
    const access = sid === 'ReadObjects' ? 'read' : 'read-write'
    const keys = new Set(parsed.map((l) => `${l.bucket}/${l.prefix ?? ''}`))
    const matched = rowsWhere(rows, names, (b) => b.access === access && keys.has(`${b.name}/${b.prefix}`))
    if (matched.length === 0 || parsed.some((l) => l.prefix === undefined)) return undefined
    const objects = `objects in ${listOf(parsed.map((l) => where(l.bucket, l.prefix ?? '')), 2)}`
    return access === 'read'
      ? {
          sentence: `${actions} on ${objects}: you set ${rowsText('bucket', matched)} to read only, so jobs can read their scripts and data there.`,
          field: `buckets.${matched[0]}.access`,
        }
      : {
          sentence:
            `${actions} on ${objects}: you set ${rowsText('bucket', matched)} to read and write, so jobs can write and delete ` +
            'their output and abort the multipart uploads of failed tasks.',
          field: `buckets.${matched[0]}.access`,
        }
  }
  return undefined
}
