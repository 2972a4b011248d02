import { parseBucketLocation, type BucketLocation } from './bucket-location'

export type PastedBucket = BucketLocation

/**
 * Reads bucket names pasted many at once: one per line, or separated by commas or spaces. Each may be any
 * location `parseBucketLocation` reads (s3:// URLs, ARNs, https URLs); a path after the bucket becomes the key
 * prefix. Repeats are dropped. Names are not validated here: the schema does that, at each bucket's field.
 */
export function parseBucketList(text: string): PastedBucket[] {
  const seen = new Set<string>()
  const buckets: PastedBucket[] = []
  for (const token of text.split(/[\s,;]+/)) {
    if (token === '') continue
    const { name, prefix } = parseBucketLocation(token)
    const key = `${name}/${prefix}`
    if (name === '' || seen.has(key)) continue
    seen.add(key)
    buckets.push({ name, prefix })
  }
  return buckets
}
