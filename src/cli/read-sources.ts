import { open, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Config } from '../domain/config/schema'
import { parseConfigFile } from '../domain/share/config-file'
import { decodeConfig, type DecodeResult } from '../domain/share/share-codec'
import { describeError, describeReason } from './describe-error'
import { checkInputLimits, readFileBounded, readStreamBounded, type BoundedText } from './input-limits'
import type { ConfigSource } from './parse-arguments'

/** One configuration to read; `name` is how messages refer to it (a path, "standard input", "link 2"). */
export type Input = { kind: 'file'; name: string } | { kind: 'stdin'; name: string } | { kind: 'link'; name: string; url: string }

export type Inputs = { ok: true; value: Input[]; grouped: boolean } | { ok: false; messages: string[] }
export type LoadedConfig = { ok: true; name: string; config: Config } | { ok: false; name: string; messages: string[] }

type Expanded = { inputs: Input[]; folder: boolean } | string

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

async function expandSource(source: ConfigSource, index: number): Promise<Expanded> {
  if (source.kind === 'link') return { inputs: [{ kind: 'link', name: `link ${index + 1}`, url: source.url }], folder: false }
  if (source.path === '-') return { inputs: [{ kind: 'stdin', name: 'standard input' }], folder: false }
  try {
    if (!(await stat(source.path)).isDirectory()) return { inputs: [{ kind: 'file', name: source.path }], folder: false }
    const entries = await readdir(source.path, { withFileTypes: true })
    const names = entries.filter((e) => !e.isDirectory() && e.name.endsWith('.json')).map((e) => e.name).sort(byCodeUnit)
    if (names.length === 0) return `${source.path}: the folder holds no *.json configuration`
    return { inputs: names.map((name) => ({ kind: 'file', name: join(source.path, name) })), folder: true }
  } catch (error) {
    return `cannot read ${describeError(error)}`
  }
}

/**
 * Folders become their *.json files, sorted. `grouped` (each role in its own folder) is decided by the command
 * line alone: a folder, or more than one --config/--link, so the layout never changes with a folder's content.
 */
export async function expandSources(sources: readonly ConfigSource[]): Promise<Inputs> {
  const expanded = await Promise.all(sources.map((source, i) => expandSource(source, i)))
  const messages = expanded.filter((e) => typeof e === 'string')
  if (messages.length > 0) return { ok: false, messages }
  const found = expanded.filter((e) => typeof e !== 'string')
  return { ok: true, value: found.flatMap((e) => e.inputs), grouped: sources.length > 1 || found.some((e) => e.folder) }
}

async function readText(input: Input): Promise<BoundedText> {
  if (input.kind === 'link') return checkInputLimits(input.url)
  if (input.kind === 'stdin') return readStreamBounded(process.stdin)
  const handle = await open(input.name, 'r')
  try {
    return await readFileBounded(handle)
  } finally {
    await handle.close()
  }
}

function decode(input: Input, text: string): DecodeResult {
  if (input.kind !== 'link') return parseConfigFile(text)
  const hashAt = text.indexOf('#')
  return decodeConfig(hashAt === -1 ? '' : text.slice(hashAt))
}

/** Reads, checks the input limits, parses and validates one configuration. Never throws. */
export async function loadConfig(input: Input): Promise<LoadedConfig> {
  const failed = (...messages: string[]): LoadedConfig => ({ ok: false, name: input.name, messages })
  let text: BoundedText
  try {
    text = await readText(input)
  } catch (error) {
    return failed(`cannot read it: ${describeReason(error)}`)
  }
  const limited = text.ok ? checkInputLimits(text.value) : text
  if (!limited.ok) return failed(`refused: ${limited.message}`)
  const result = decode(input, limited.value)
  if (!result.ok) return failed(`Invalid configuration: ${result.reason}`, ...result.problems)
  return { ok: true, name: input.name, config: result.value }
}
