import type { BucketEntry, Config } from '../config/schema'
import { S3_FULL_ACCESS_POLICY } from '../s3/bucket-statements'
import { formatCount } from '../share/input-limits'
import { countOf, listNames, type SummaryPart } from './wording'

/** Buckets told one by one; the rest are counted, so 10,000 buckets make a summary of a dozen sentences. */
export const BUCKETS_DESCRIBED = 10

/** Where in one bucket the role reaches: the whole bucket, or only keys under these prefixes. */
type Reach = { whole: true } | { whole: false; prefixes: string[] }

interface BucketReach {
  name: string
  /** Listing and reading: every entry of the bucket, whatever its access. */
  read: Reach
  /** Writing and deleting: the read-and-write entries only. */
  write: Reach | null
}

/**
 * What the role may do in S3, as `buildBucketStatements` and the managed policy grant it: s3:ListBucket with the
 * same reach as s3:GetObject, object writes (put, delete, abort uploads) on the read-and-write entries only, and
 * s3:ListBucketMultipartUploads on each written bucket as a whole (that action has no s3:prefix key).
 */
export function summarizeS3(config: Config): SummaryPart {
  const samples = 'Lists and reads objects in the buckets named *.elasticmapreduce, where EMR keeps its samples'
  if (config.s3Access === 'all') {
    return {
      can: [
        `Has full access to every S3 bucket and object the account can reach (the AWS managed policy ${S3_FULL_ACCESS_POLICY}: ` +
          's3:* on every resource), deleting objects and buckets and changing bucket policies included',
      ],
      cannot: [],
    }
  }
  if (config.s3Access === 'none') {
    return config.emrSamplesAccess
      ? { can: [samples], cannot: ['Cannot read any other S3 bucket', 'Cannot write to or delete from any S3 bucket'] }
      : { can: [], cannot: ['Cannot read or write any S3 bucket'] }
  }
  const buckets = reachOfBuckets(config.buckets)
  const written = buckets.filter((b) => b.write !== null)
  const told = buckets.slice(0, BUCKETS_DESCRIBED)
  const rest = buckets.slice(BUCKETS_DESCRIBED)
  const can = told.map(describeBucket)
  if (rest.length > 0) {
    const restWritten = rest.filter((b) => b.write !== null).length
    can.push(
      `Lists and reads objects in ${countOf(rest.length, 'more bucket')}` +
        (restWritten > 0 ? `, and writes and deletes objects in ${someOf(restWritten, rest.length)}` : '') +
        '; the permissions policy names each one',
    )
  }
  if (written.length > 0) {
    const partly = written.some((b) => b.write?.whole === false)
    can.push(
      `Lists unfinished multipart uploads anywhere in ${listNames(written.map((b) => b.name))}` +
        (partly ? ' (S3 cannot limit that to a key prefix)' : ''),
    )
  }
  if (config.emrSamplesAccess) can.push(samples)
  return {
    can,
    cannot: [
      config.emrSamplesAccess ? 'Cannot read any other S3 bucket, apart from the EMR samples' : 'Cannot read any other S3 bucket',
      ...(written.length === 0 ? ['Cannot write to or delete from any S3 bucket'] : []),
      'Cannot delete buckets or change their settings or policies',
    ],
  }
}

function someOf(part: number, whole: number): string {
  if (part < whole) return `${formatCount(part)} of them`
  return whole === 1 ? 'it' : 'all of them'
}

function reachOfBuckets(entries: readonly BucketEntry[]): BucketReach[] {
  const byName = new Map<string, BucketEntry[]>()
  for (const entry of entries) {
    const group = byName.get(entry.name)
    if (group) group.push(entry)
    else byName.set(entry.name, [entry])
  }
  return [...byName.keys()].sort().map((name) => {
    const mine = byName.get(name) ?? []
    const writes = mine.filter((b) => b.access === 'read-write')
    return { name, read: reachOf(mine), write: writes.length > 0 ? reachOf(writes) : null }
  })
}

function reachOf(entries: readonly BucketEntry[]): Reach {
  const prefixes = [...new Set(entries.map((b) => b.prefix))].sort()
  return prefixes.includes('') ? { whole: true } : { whole: false, prefixes }
}

function where(reach: Reach): string {
  return reach.whole ? '' : ` under ${listNames(reach.prefixes)}`
}

function describeBucket({ name, read, write }: BucketReach): string {
  if (write === null) return `Lists and reads objects${where(read)} in ${name}`
  if (write.whole || (!read.whole && read.prefixes.join('\n') === write.prefixes.join('\n'))) {
    return `Lists, reads, writes and deletes objects${where(write)} in ${name}`
  }
  return `Lists and reads objects${where(read)} in ${name}; writes and deletes them only${where(write)}`
}
