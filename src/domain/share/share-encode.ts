import LZString from 'lz-string'
import type { Config } from '../config/schema'
import { checksum } from './checksum'
import { LATER_ANSWERS } from './migrate'
import { KEY, SHARE_VERSION } from './share-codec'

// Apart from share-codec.ts, which reads links, so the compressor is loaded only when a link is made (Copy
// share link), not with the page.
/**
 * The URL fragment (without "#") that holds a configuration: `config=<version>.<checksum>.<data>`,
 * where data is the JSON compressed with lz-string into URL-safe characters. Fragments never reach a server.
 * Answers added later that hold their defaults are left out; reading the link fills them in.
 */
export function encodeConfig(config: Config): string {
  const data = LZString.compressToEncodedURIComponent(JSON.stringify(withoutDefaultLaterAnswers(config)))
  return `${KEY}=${SHARE_VERSION}.${checksum(data)}.${data}`
}

/**
 * The configuration without the answers added later that still hold their defaults: a link carries only what
 * differs (reading it fills them back in, migrate.ts), so each new answer leaves the links of those who do not use
 * it as short as before.
 */
export function withoutDefaultLaterAnswers(config: object): Record<string, unknown> {
  const kept: Record<string, unknown> = { ...config }
  for (const [key, makeDefault] of Object.entries(LATER_ANSWERS)) {
    if (key in kept && JSON.stringify(kept[key]) === JSON.stringify(makeDefault())) delete kept[key]
  }
  return kept
}
