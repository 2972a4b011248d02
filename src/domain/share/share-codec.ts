import LZString from 'lz-string'
import { configSchema, type Config } from '../config/schema'
import { migrateConfig } from './migrate'
import { checksum } from './checksum'

/** Version of the payload format; bump it (and add a migration) when the schema changes shape. */
export const SHARE_VERSION = 2
const KEY = 'config'

export type DecodeResult =
  | { ok: true; value: Config }
  | { ok: false; reason: string; problems: string[] }

/**
 * The URL fragment (without "#") that holds a configuration: `config=<version>.<checksum>.<data>`,
 * where data is the JSON compressed with lz-string into URL-safe characters. Fragments never reach a server.
 */
export function encodeConfig(config: Config): string {
  const data = LZString.compressToEncodedURIComponent(JSON.stringify(config))
  return `${KEY}=${SHARE_VERSION}.${checksum(data)}.${data}`
}

/** True when a location hash carries a configuration at all. */
export function hasSharedConfig(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(`${KEY}=`)
}

/** Reads a shared configuration from a location hash. Never throws: failures say what was wrong. */
export function decodeConfig(hash: string): DecodeResult {
  const fragment = hash.replace(/^#/, '')
  if (!fragment.startsWith(`${KEY}=`)) return failure('The link holds no configuration.')
  const match = /^(\d+)\.([0-9a-f]{8})\.([A-Za-z0-9+\-$]*)$/.exec(fragment.slice(KEY.length + 1))
  if (!match) return failure('The link is damaged: its configuration part is not in the expected form.')
  const [, versionText = '', sum = '', data = ''] = match
  const version = Number(versionText)
  if (version > SHARE_VERSION || version < 1) return failure(versionProblem('link', version))
  if (checksum(data) !== sum) {
    return failure('The link is damaged: it was cut short or changed after it was made (its checksum does not match).')
  }
  const json = safeDecompress(data)
  if (json === null) return failure('The link is damaged: its data could not be decompressed.')
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    return failure('The link is damaged: its data is not valid JSON.')
  }
  return validatePayload(raw, version, 'link')
}

/** Checks a decoded payload of any supported format against the schema, naming every invalid field. */
export function validatePayload(raw: unknown, version: number, source: 'link' | 'file'): DecodeResult {
  const parsed = configSchema.safeParse(migrateConfig(raw, version))
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(configuration)'}: ${issue.message}`)
    return failure(`The ${source}’s configuration has values this tool cannot accept.`, problems)
  }
  return { ok: true, value: parsed.data }
}

export function versionProblem(source: 'link' | 'file', version: number): string {
  return version > SHARE_VERSION
    ? `The ${source} was made by a newer version of EMR Role Builder (format ${version}); this one reads format ${SHARE_VERSION}.`
    : `The ${source} uses an unknown format (${version}).`
}

function safeDecompress(data: string): string | null {
  try {
    const json = LZString.decompressFromEncodedURIComponent(data)
    return json === '' ? null : json
  } catch {
    return null
  }
}

export function failure(reason: string, problems: string[] = []): DecodeResult {
  return { ok: false, reason, problems }
}
