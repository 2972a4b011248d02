export interface BucketLocation {
  name: string
  prefix: string
}

const SCHEME = /^s3[an]?:\/\//i
const S3_ARN = /^arn:aws[a-z-]*:s3:::/
/** Virtual-hosted style: bucket.s3.amazonaws.com, bucket.s3.eu-west-1.amazonaws.com, bucket.s3-us-west-2.amazonaws.com(.cn). */
const VIRTUAL_HOST = /^https?:\/\/(.+)\.s3[.-](?:[a-z0-9-]+\.)*amazonaws\.com(?:\.cn)?(?:\/(.*))?$/i
/** Path style: s3.amazonaws.com/bucket/key, s3.eu-west-1.amazonaws.com/bucket/key, s3-us-west-2.amazonaws.com/bucket. */
const PATH_STYLE = /^https?:\/\/s3(?:[.-][a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?\/(.+)$/i
/** The S3 console's page of a bucket or an object: …/s3/buckets/bucket?prefix=raw/&region=… */
const CONSOLE = /^https:\/\/(?:[a-z0-9-]+\.)*console\.(?:aws\.amazon\.com|amazonaws\.cn)\/s3\/(?:buckets|object)\/([^/?#]+)(?:\?([^#]*))?/i

/**
 * A bucket and key prefix from one location as people copy it: `bucket`, `bucket/prefix/`, `s3://bucket/prefix/`
 * (also s3a:// and s3n://), an S3 ARN (`arn:aws:s3:::bucket/raw/*`), an S3 https URL (virtual-hosted or path style)
 * or the S3 console's page of a bucket. A trailing `*` is left out: the policy already covers every key under the
 * prefix. The name is not validated here: the schema does that, at the bucket's field.
 */
export function parseBucketLocation(text: string): BucketLocation {
  const trimmed = text.trim()
  const consolePage = CONSOLE.exec(trimmed)
  if (consolePage) return { name: decode(consolePage[1] ?? ''), prefix: decode(/(?:^|&)prefix=([^&]*)/.exec(consolePage[2] ?? '')?.[1] ?? '') }
  const virtualHost = VIRTUAL_HOST.exec(trimmed)
  const location = virtualHost
    ? `${virtualHost[1] ?? ''}/${decode(stripQuery(virtualHost[2] ?? ''))}`
    : PATH_STYLE.test(trimmed)
      ? decode(stripQuery(PATH_STYLE.exec(trimmed)?.[1] ?? ''))
      : trimmed.replace(SCHEME, '').replace(S3_ARN, '')
  const slash = location.indexOf('/')
  if (slash === -1) return { name: location, prefix: '' }
  return { name: location.slice(0, slash), prefix: location.slice(slash + 1).replace(/\*+$/, '') }
}

/** True when `text` is more than a bare bucket name: a URL, an ARN or a name with a path. */
export function isBucketLocation(text: string): boolean {
  const trimmed = text.trim()
  return trimmed.includes('/') || S3_ARN.test(trimmed)
}

export interface PastedBucketName extends BucketLocation {
  /** Said to the person when the pasted location's prefix differs from the one already typed, which is kept. */
  note?: string
}

/**
 * What a bucket's name field holds after `text` was pasted or typed into it, with the row's key prefix: a location
 * splits into its bucket and prefix. The prefix fills the row's prefix only when that is empty; a different prefix
 * already typed is kept, and `note` says so.
 */
export function splitPastedBucketName(text: string, currentPrefix: string): PastedBucketName {
  if (!isBucketLocation(text)) return { name: text.trim(), prefix: currentPrefix }
  const { name, prefix } = parseBucketLocation(text)
  if (currentPrefix === '' || prefix === '' || prefix === currentPrefix) return { name, prefix: currentPrefix || prefix }
  return {
    name,
    prefix: currentPrefix,
    note: `Kept the key prefix ${currentPrefix} you entered; the pasted location had ${prefix}.`,
  }
}

function stripQuery(path: string): string {
  return path.replace(/[?#].*$/, '')
}

/** %2F and + in a URL's key; text that is not valid percent-encoding stays as it is. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    return text
  }
}
