import { partitionOfRegion, regionProblem } from '../config/partition'

/**
 * Table bucket naming rules (S3 User Guide, s3-tables-buckets-naming.html): 3–63 characters; lower-case letters,
 * numbers and hyphens only (no underscores or periods); begin and end with a letter or number; none of the reserved
 * prefixes or suffixes below.
 */
const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-', 'aws']
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '--x-s3', '--table-s3']

/** The table bucket ARN form (Service Authorization Reference, list_amazons3tables: resource type TableBucket). */
const TABLE_BUCKET_ARN = /^arn:([^:]*):s3tables:([^:]*):([^:]*):bucket\/(.*)$/

export interface TableBucketArnParts {
  partition: string
  region: string
  accountId: string
  name: string
}

/** The parts of `arn:<partition>:s3tables:<region>:<account>:bucket/<name>`, or undefined for any other text. */
export function parseTableBucketArn(text: string): TableBucketArnParts | undefined {
  const match = TABLE_BUCKET_ARN.exec(text)
  if (!match) return undefined
  const [, partition = '', region = '', accountId = '', name = ''] = match
  return { partition, region, accountId, name }
}

/** The first table bucket naming rule `name` breaks, in plain words, or undefined. */
export function tableBucketNameProblem(name: string): string | undefined {
  if (name === '') return 'Enter a table bucket name, or paste its ARN.'
  if (name.startsWith('s3://')) return 'Enter the table bucket’s name or ARN, not an s3:// location.'
  if (name.length < 3) return `Table bucket names are 3 to 63 characters long; "${name}" has ${name.length}.`
  if (name.length > 63) return `Table bucket names are 3 to 63 characters long; this one has ${name.length}.`
  if (/[A-Z]/.test(name)) return 'Table bucket names cannot contain upper-case letters.'
  if (/[_.]/.test(name)) return 'Table bucket names cannot contain underscores (_) or periods (.).'
  const bad = /[^a-z0-9-]/.exec(name)
  if (bad) {
    const shown = bad[0] === ' ' ? 'a space' : `"${bad[0]}"`
    return `Table bucket names may contain only lower-case letters, numbers and hyphens; found ${shown}.`
  }
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) return 'Table bucket names must begin and end with a letter or a number.'
  const prefix = RESERVED_PREFIXES.find((p) => name.startsWith(p))
  if (prefix) return `Table bucket names cannot start with "${prefix}": AWS reserves that prefix.`
  const suffix = RESERVED_SUFFIXES.find((s) => name.endsWith(s))
  if (suffix) return `Table bucket names cannot end with "${suffix}": AWS reserves that suffix.`
  return undefined
}

/**
 * Why a table bucket answer (a name, or a table bucket ARN) cannot be used by a role in `rolePartition`, or undefined.
 * An ARN may name another account or region; it cannot name another partition, which no role can reach.
 */
export function tableBucketProblem(value: string, rolePartition: string): string | undefined {
  if (!value.startsWith('arn:')) return tableBucketNameProblem(value)
  const arn = parseTableBucketArn(value)
  if (arn === undefined) {
    return 'This is not a table bucket ARN: those read arn:<partition>:s3tables:<region>:<account>:bucket/<name>.'
  }
  if (arn.partition !== rolePartition) {
    return `This table bucket is in partition "${arn.partition}", and the role is in ${rolePartition}: a role cannot reach another partition.`
  }
  const regionIssue = regionProblem(arn.region)
  if (regionIssue !== undefined) return `The ARN’s region: ${regionIssue}`
  if (partitionOfRegion(arn.region) !== arn.partition) {
    return `Region ${arn.region} is not in partition ${arn.partition}; check the ARN.`
  }
  if (!/^\d{12}$/.test(arn.accountId)) return `The ARN’s account ID must be 12 digits; it reads "${arn.accountId}".`
  return tableBucketNameProblem(arn.name)
}

/**
 * Namespace naming rules (same page): 1–255 characters; lower-case letters, numbers and underscores only; begin with a
 * letter or number; not the reserved prefix "aws". Empty means every namespace.
 */
export function tableNamespaceProblem(namespace: string): string | undefined {
  if (namespace === '') return undefined
  if (namespace.length > 255) return `Namespaces are at most 255 characters long; this one has ${namespace.length}.`
  if (/[A-Z]/.test(namespace)) return 'Namespaces cannot contain upper-case letters.'
  if (/[-.]/.test(namespace)) return 'Namespaces cannot contain hyphens (-) or periods (.); use underscores.'
  const bad = /[^a-z0-9_]/.exec(namespace)
  if (bad) {
    const shown = bad[0] === ' ' ? 'a space' : `"${bad[0]}"`
    return `Namespaces may contain only lower-case letters, numbers and underscores; found ${shown}.`
  }
  if (!/^[a-z0-9]/.test(namespace)) return 'Namespaces must begin with a letter or a number.'
  if (namespace.startsWith('aws')) return 'Namespaces cannot start with "aws": AWS reserves that prefix.'
  return undefined
}
