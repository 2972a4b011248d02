import { z } from 'zod/mini'
import { configSchema, type Config } from '../config/schema'
import { configTooDeepProblem, configTooLargeProblem, exceedsJsonDepth, INPUT_LIMITS } from './input-limits'
import { ANSWERS_ADDED_LATER } from './migrate'
import { failure, readPayload, requireValid, SHARE_VERSION, versionProblem, type DecodeResult, type OpenResult } from './share-codec'

/** Where the app publishes the JSON Schema of configuration files (emitted at build time). */
export const CONFIG_SCHEMA_FILE = 'emr-role-builder.schema.json'

/** A configuration file: `{ "$schema", "version", "config" }`, readable, diff-friendly, versioned like links. */
export function exportConfigFile(config: Config, schemaUrl: string = CONFIG_SCHEMA_FILE): string {
  return `${JSON.stringify({ $schema: schemaUrl, version: SHARE_VERSION, config }, null, 2)}\n`
}

/** Reads a configuration file for the generator: only a valid one is accepted. Never throws. */
export function parseConfigFile(text: string): DecodeResult {
  return requireValid(openConfigFile(text), 'file')
}

/** Opens a configuration file with the same checks and messages as a share link, answers that break a rule included. Never throws. */
export function openConfigFile(text: string): OpenResult {
  if (text.length > INPUT_LIMITS.configJsonChars) return failure(configTooLargeProblem('file'))
  if (exceedsJsonDepth(text)) return failure(configTooDeepProblem('file'))
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    return failure(`The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`)
  }
  if (typeof raw !== 'object' || raw === null || !('config' in raw)) {
    return failure('The file is not an EMR Role Builder configuration: it has no "config".')
  }
  const { version, config } = raw as { version?: unknown; config: unknown }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return failure('The file has no format "version" number.')
  }
  if (version > SHARE_VERSION || version < 1) return failure(versionProblem('file', version))
  return readPayload(config, version, 'file')
}

/** The JSON Schema of configuration files, generated from the zod schema (structure and choices). */
export function configFileJsonSchema(): Record<string, unknown> {
  const fileSchema = z.object({
    $schema: z.optional(z.string()),
    version: z.literal(SHARE_VERSION),
    config: configSchema,
  })
  const jsonSchema = z.toJSONSchema(fileSchema, { io: 'input', unrepresentable: 'any' })
  // Files written before an answer existed stay valid: readers fill it in with its default (migrate.ts).
  const config = jsonSchema.properties?.config
  if (typeof config === 'object' && Array.isArray(config.required)) {
    config.required = config.required.filter((key) => !ANSWERS_ADDED_LATER.includes(key))
  }
  return {
    ...jsonSchema,
    title: 'EMR Role Builder configuration',
    description: 'Field rules (S3 bucket names, account IDs, role names, …) are checked by the app and the generator.',
  }
}
