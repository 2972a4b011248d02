import { defaultConfig } from '../config/defaults'
import { configShapeSchema, type ConfigInput } from '../config/schema'
import { exceedsJsonDepth } from './input-limits'
import { failure, readPayload, SHARE_VERSION, type OpenResult } from './share-codec'

/**
 * Answers kept in the browser between visits, in the configuration file's envelope and version
 * (`{"version":2,"config":{…}}`), without indentation: about 80 characters a bucket, written in a few
 * milliseconds even for thousands of buckets. The answers are kept as typed, rule-breaking ones included.
 */
export function serializeAnswers(values: unknown): string {
  return JSON.stringify({ version: SHARE_VERSION, config: values })
}

/**
 * Reads answers saved by `serializeAnswers`, by this version or an older one, through the same structure
 * check as links and files; answers that break a field rule open, with their problems. Never throws: saved
 * text that is damaged, of another shape, or from a newer version of the builder says why.
 */
export function openSavedAnswers(text: string): OpenResult {
  if (exceedsJsonDepth(text)) return failure('They are damaged: their lists nest far deeper than any configuration.')
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return failure('They are damaged: they are not valid JSON.')
  }
  if (typeof raw !== 'object' || raw === null || !('config' in raw) || !('version' in raw)) {
    return failure('They are damaged: they hold no configuration.')
  }
  const { version, config } = raw
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failure('They are damaged: they have no format version.')
  }
  if (version > SHARE_VERSION) {
    return failure(
      `They were saved by a newer version of EMR Role Builder (format ${version}); this one reads format ${SHARE_VERSION}.`,
    )
  }
  const opened = readPayload(config, version, 'file')
  return opened.ok ? opened : failure('They are not in the form this version of the builder reads.', opened.problems)
}

/**
 * True when two sets of answers are the same. Both must come from `openSavedAnswers` or a link or file
 * reader, which give every object its keys in the schema's order, so their JSON compares exactly.
 */
export function sameAnswers(a: ConfigInput, b: ConfigInput): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** True for answers no one has changed from the defaults: nothing there to keep. */
export function areDefaultAnswers(values: ConfigInput): boolean {
  return sameAnswers(values, configShapeSchema.parse(defaultConfig()))
}
