import { didYouMean, suggestBucketName, suggestKeyPrefix } from './suggestions'

const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-']
const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3']
const IP_ADDRESS = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/

/**
 * The first S3 general-purpose bucket naming rule that `name` breaks, in plain words, or undefined.
 * Rules: AmazonS3/latest/userguide/bucketnamingrules.html (domain-facts §6).
 */
export function bucketNameProblem(name: string): string | undefined {
  if (name === '') return 'Enter a bucket name.'
  if (name.startsWith('s3://') || name.startsWith('arn:')) {
    return 'Enter only the bucket name, without s3:// or an ARN (for example amzn-example-data).'
  }
  if (name.includes('/')) return 'A bucket name cannot contain "/". Put the folder part in "Key prefix".'
  if (name.length < 3) return `Bucket names are 3 to 63 characters long; "${name}" has ${name.length}.`
  if (name.length > 63) return `Bucket names are 3 to 63 characters long; this one has ${name.length}.`
  // The suggestion only when a rule fails: most names are valid, and a list can hold 10,000.
  const fix = () => didYouMean(suggestBucketName(name), name)
  if (/[A-Z]/.test(name)) return `Bucket names cannot contain upper-case letters.${fix()}`
  const bad = name.match(/[^a-z0-9.-]/)
  if (bad) {
    const shown = bad[0] === ' ' ? 'a space' : `"${bad[0]}"`
    return `Bucket names may contain only lower-case letters, digits, dots and hyphens; found ${shown}.${fix()}`
  }
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) {
    return `Bucket names must begin and end with a letter or a digit.${fix()}`
  }
  if (name.includes('..')) return `Bucket names cannot contain two adjacent dots ("..").${fix()}`
  if (IP_ADDRESS.test(name)) return 'Bucket names cannot look like an IP address (such as 192.168.5.4).'
  const prefix = RESERVED_PREFIXES.find((p) => name.startsWith(p))
  if (prefix) return `Bucket names cannot start with "${prefix}": AWS reserves that prefix.${fix()}`
  const suffix = RESERVED_SUFFIXES.find((s) => name.endsWith(s))
  if (suffix) return `Bucket names cannot end with "${suffix}": AWS reserves that suffix.${fix()}`
  return undefined
}

/** Why a key prefix cannot be used in a policy, or undefined. An empty prefix means the whole bucket. */
export function keyPrefixProblem(prefix: string): string | undefined {
  const fix = () => didYouMean(suggestKeyPrefix(prefix), prefix)
  if (prefix.startsWith('/')) return `Key prefixes do not start with "/": write logs/ rather than /logs/.${fix()}`
  if (/[*?]/.test(prefix)) return `Leave out * and ?: the policy already covers every key that starts with the prefix.${fix()}`
  if (prefix.includes('${')) return `A key prefix cannot contain "\${" (IAM reads it as a policy variable).${fix()}`
  if (prefix.length > 1024) return `Key prefixes are at most 1,024 characters; this one has ${prefix.length}.`
  // IAM policy documents accept tab, LF, CR and U+0020–U+00FF only (domain-facts §5).
  if (/[^\u0020-\u00ff]/.test(prefix)) return 'Key prefixes in a policy may use only printable Latin-1 characters.'
  return undefined
}
