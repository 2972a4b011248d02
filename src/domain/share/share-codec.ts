import { configShapeSchema, type Config, type ConfigInput } from '../config/schema'
import { structureMessage } from '../config/structure-messages'
import { formatFieldProblem, validateConfig, type FieldProblem } from '../config/validate-config'
import { checksum } from './checksum'
import { configTooDeepProblem, configTooLargeProblem, exceedsJsonDepth, INPUT_LIMITS, linkTooLongProblem } from './input-limits'
import { decompressLink } from './lz-decompress'
import { migrateConfig } from './migrate'

/** Version of the payload format; bump it (and add a migration) when the schema changes shape. */
export const SHARE_VERSION = 2
/** The fragment's key: `#config=…`. */
export const KEY = 'config'

/** A configuration the generator can use as it is, or why not (every invalid field named). */
export type DecodeResult =
  | { ok: true; value: Config }
  | { ok: false; reason: string; problems: string[] }

/**
 * A configuration read from a link or a file. When its structure is sound it opens with every answer, and
 * `problems` lists the field rules those answers break (none for a valid configuration). When its structure is
 * not (damaged, the wrong keys or types), it does not open and `reason` says why.
 */
export type OpenResult =
  | {
      ok: true
      values: ConfigInput
      problems: FieldProblem[]
      /** The values as a valid configuration when they break no rule (no need to check them again), else null. */
      config: Config | null
    }
  | { ok: false; reason: string; problems: string[] }

export type Source = 'link' | 'file'

/** True when a location hash carries a configuration at all. */
export function hasSharedConfig(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(`${KEY}=`)
}

/** Reads a shared configuration for the generator: only a valid one is accepted. Never throws. */
export function decodeConfig(hash: string): DecodeResult {
  return requireValid(openShareLink(hash), 'link')
}

/** Opens a shared configuration from a location hash, answers that break a rule included. Never throws. */
export function openShareLink(hash: string): OpenResult {
  const fragment = hash.replace(/^#/, '')
  if (!fragment.startsWith(`${KEY}=`)) return failure('The link holds no configuration.')
  if (fragment.length - KEY.length - 1 > INPUT_LIMITS.linkChars) return failure(linkTooLongProblem(fragment.length - KEY.length - 1))
  const match = /^(\d+)\.([0-9a-f]{8})\.([A-Za-z0-9+\-$]*)$/.exec(fragment.slice(KEY.length + 1))
  if (!match) return failure('The link is damaged: its configuration part is not in the expected form.')
  const [, versionText = '', sum = '', data = ''] = match
  const version = Number(versionText)
  if (version > SHARE_VERSION || version < 1) return failure(versionProblem('link', version))
  if (checksum(data) !== sum) {
    return failure('The link is damaged: it was cut short or changed after it was made (its checksum does not match).')
  }
  const unpacked = decompressLink(data, INPUT_LIMITS.configJsonChars)
  if (!unpacked.ok && unpacked.problem === 'too-large') return failure(configTooLargeProblem('link'))
  if (!unpacked.ok || unpacked.text === '') return failure('The link is damaged: its data could not be decompressed.')
  const json = unpacked.text
  if (exceedsJsonDepth(json)) return failure(configTooDeepProblem('link'))
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    return failure('The link is damaged: its data is not valid JSON.')
  }
  return readPayload(raw, version, 'link')
}

/**
 * Reads a decoded payload of any supported format: its structure must match the schema (a mismatch names
 * every wrong field), then its answers are checked against the field rules, which do not stop it opening.
 */
export function readPayload(raw: unknown, version: number, source: Source): OpenResult {
  const migrated = migrateConfig(raw, version)
  // Most payloads are whole and valid: one pass of the full schema says so (it is the structure plus the rules).
  const valid = validateConfig(migrated)
  if (valid.ok) return { ok: true, values: valid.value, problems: [], config: valid.value }
  const shaped = configShapeSchema.safeParse(migrated, { error: structureMessage })
  if (!shaped.success) {
    const problems = shaped.error.issues.map((issue) => formatFieldProblem({ field: issue.path.join('.'), message: issue.message }))
    return failure(`The ${source}’s configuration is not in the form this tool reads.`, problems)
  }
  // The structure is right, so what the full schema found breaks a field rule: the answers open all the same.
  return { ok: true, values: shaped.data, problems: valid.problems, config: null }
}

/** What the generator needs: the configuration only when every answer is valid, else each problem by its field. */
export function requireValid(opened: OpenResult, source: Source): DecodeResult {
  if (!opened.ok) return opened
  const checked = validateConfig(opened.values)
  if (checked.ok) return checked
  return failure(`The ${source}’s configuration has values this tool cannot accept.`, checked.problems.map(formatFieldProblem))
}

export function versionProblem(source: Source, version: number): string {
  return version > SHARE_VERSION
    ? `The ${source} was made by a newer version of EMR Role Builder (format ${version}); this one reads format ${SHARE_VERSION}.`
    : `The ${source} uses an unknown format (${version}).`
}

export function failure(reason: string, problems: string[] = []): { ok: false; reason: string; problems: string[] } {
  return { ok: false, reason, problems }
}
