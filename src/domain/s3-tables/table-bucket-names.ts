import { partitionOfRegion, regionProblem } from '../config/partition'
import { parseTableBucketArn } from './table-bucket-arn'

/*
 * Naming rules (S3 User Guide, s3-tables-buckets-naming.html). Table buckets: 3–63 characters; lower-case letters,
 * numbers and hyphens (no underscores or periods); begin and end with a letter or number; none of the reserved
 * prefixes or suffixes. Namespaces: 1–255 characters; lower-case letters, numbers and underscores; begin with a letter
 * or number; not the reserved prefix "aws". Few, compact messages: these rules load with the page.
 */
const TABLE_BUCKET_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/
const RESERVED = /^(xn--|sthree-|amzn-s3-demo-|aws)|(-s3alias|--ol-s3|--x-s3|--table-s3)$/
const NAMESPACE = /^[a-z0-9][a-z0-9_]{0,254}$/

/** The first character outside `allowed`, shown as people read it; '' when there is none. */
function found(text: string, allowed: RegExp): string {
  const bad = text.split('').find((c) => !allowed.test(c))
  return bad === undefined ? '' : `; found ${bad === ' ' ? 'a space' : `"${bad}"`}`
}


/** The first table bucket naming rule `name` breaks, in plain words, or undefined. */
export function tableBucketNameProblem(name: string): string | undefined {
  if (name === '') return 'Enter a table bucket name, or paste its ARN.'
  if (!TABLE_BUCKET_NAME.test(name)) return `Use 3 to 63 lower-case letters, numbers and hyphens, starting and ending with a letter or number${found(name, /[a-z0-9-]/)}.`
  const affix = RESERVED.exec(name)
  return affix ? `AWS reserves "${affix[0]}" in table bucket names.` : undefined
}

/**
 * Why a table bucket answer (a name, or a table bucket ARN) cannot be used by a role in `rolePartition`, or undefined.
 * An ARN may name another account or region; it cannot name another partition, which no role can reach.
 */
export function tableBucketProblem(value: string, rolePartition: string): string | undefined {
  if (!value.startsWith('arn:')) return tableBucketNameProblem(value)
  const arn = parseTableBucketArn(value)
  if (arn !== undefined && arn.partition !== rolePartition) {
    return `A role in ${rolePartition} cannot reach partition ${arn.partition}.`
  }
  if (arn === undefined || regionProblem(arn.region) !== undefined || partitionOfRegion(arn.region) !== arn.partition || !/^\d{12}$/.test(arn.accountId)) {
    return 'Not a table bucket ARN (arn:<partition>:s3tables:<region>:<account>:bucket/<name>).'
  }
  return tableBucketNameProblem(arn.name)
}

/** Why a namespace cannot be used, or undefined; empty means every namespace. */
export function tableNamespaceProblem(namespace: string): string | undefined {
  if (namespace.startsWith('aws')) return 'AWS reserves "aws" at the start of namespaces.'
  if (namespace === '' || NAMESPACE.test(namespace)) return undefined
  return `Use 1 to 255 lower-case letters, numbers and underscores, starting with a letter or number${found(namespace, /[a-z0-9_]/)}.`
}
