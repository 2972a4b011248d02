import LZString from 'lz-string'
import type { Config } from '../config/schema'
import { checksum } from './checksum'
import { LATER_ANSWERS } from './migrate'
import { KEY, SHARE_VERSION } from './share-codec'

// Apart from share-codec.ts, which reads links, so the compressor is loaded only when a link is made (Copy
// share link), not with the page.
/**
 * The URL fragment (without "#") that holds a configuration: `config=<version>.<checksum>.<data>`,
 * where data is the JSON (without answers added later that are at their default) compressed with lz-string into URL-safe characters. Fragments never reach a server.
 */
export function encodeConfig(config: Config): string {
  const data = LZString.compressToEncodedURIComponent(JSON.stringify(withoutDefaultLaterAnswers(config)))
  return `${KEY}=${SHARE_VERSION}.${checksum(data)}.${data}`
}

/** JSON with each object's keys in order, so that two equal values give the same text. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  )

/** A configuration without the answers added later that are at their default: readers fill them in, so links stay short. */
export function withoutDefaultLaterAnswers<T extends object>(config: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(config).filter(([key, value]) => {
      const makeDefault = LATER_ANSWERS[key]
      return makeDefault === undefined || canonical(value) !== canonical(makeDefault())
    }),
  ) as Partial<T>
}
