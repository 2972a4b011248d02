export interface PastedBucket {
  name: string
  prefix: string
}

/**
 * Reads bucket names pasted many at once: one per line, or separated by commas or spaces. Accepts
 * `s3://bucket/prefix/` and S3 ARNs too; a path after the bucket becomes the key prefix. Repeats are dropped.
 * Names are not validated here: the schema does that, at each bucket's field.
 */
export function parseBucketList(text: string): PastedBucket[] {
  const seen = new Set<string>()
  const buckets: PastedBucket[] = []
  for (const token of text.split(/[\s,;]+/)) {
    const location = token.replace(/^s3a?:\/\//i, '').replace(/^arn:[a-z-]+:s3:::/, '')
    if (location === '') continue
    const slash = location.indexOf('/')
    const name = slash === -1 ? location : location.slice(0, slash)
    const prefix = slash === -1 ? '' : location.slice(slash + 1).replace(/\*+$/, '')
    const key = `${name}/${prefix}`
    if (name === '' || seen.has(key)) continue
    seen.add(key)
    buckets.push({ name, prefix })
  }
  return buckets
}
