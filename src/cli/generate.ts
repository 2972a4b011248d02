import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Config } from '../domain/config/schema'
import { allExportFiles, EXPORT_FORMATS, type ExportFile } from '../domain/export/export-files'
import { parseConfigFile } from '../domain/share/config-file'
import { decodeConfig, type DecodeResult } from '../domain/share/share-codec'

export const USAGE = `Usage: emr-role-builder generate (--config <file> | --link '<share URL>') [--format <format>] [--out <dir>]

  --config <file>   a configuration exported by the app ("Export configuration")
  --link <url>      a share link copied from the app ("Copy share link")
  --format <format> json, aws-cli, cloudformation, terraform or all (default: all)
  --out <dir>       where to write the files (default: the current folder)
  emr-role-builder schema   prints the JSON Schema of configuration files`

const FORMATS = ['json', ...EXPORT_FORMATS, 'all'] as const
type Format = (typeof FORMATS)[number]

export interface Io {
  out: (line: string) => void
  err: (line: string) => void
}

export interface GenerateOptions {
  config?: string
  link?: string
  format: Format
  out: string
}

/** Reads `--name value` pairs; returns a message instead of throwing. */
export function parseArguments(args: readonly string[]): GenerateOptions | string {
  const values = new Map<string, string>()
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i] ?? ''
    const value = args[i + 1]
    if (!['--config', '--link', '--format', '--out'].includes(name)) return `Unknown option ${name}.`
    if (value === undefined) return `${name} needs a value.`
    values.set(name, value)
  }
  const format = values.get('--format') ?? 'all'
  if (!(FORMATS as readonly string[]).includes(format)) return `--format must be one of ${FORMATS.join(', ')}.`
  const config = values.get('--config')
  const link = values.get('--link')
  if ((config === undefined) === (link === undefined)) return 'Give exactly one of --config and --link.'
  return { config, link, format: format as Format, out: values.get('--out') ?? '.' }
}

async function readConfig(options: GenerateOptions): Promise<DecodeResult> {
  if (options.link !== undefined) {
    const hashAt = options.link.indexOf('#')
    return decodeConfig(hashAt === -1 ? '' : options.link.slice(hashAt))
  }
  const path = options.config ?? ''
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    return { ok: false, reason: `Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`, problems: [] }
  }
  return parseConfigFile(text)
}

function selectFiles(config: Config, format: Format): ExportFile[] {
  const files = allExportFiles(config)
  if (format === 'all') return files
  if (format === 'json') return files.filter((f) => f.language === 'json' && f.id !== 'config')
  return files.filter((f) => f.id === format)
}

/** Writes the chosen files; prints each path. Returns the process exit code. */
export async function generate(options: GenerateOptions, io: Io): Promise<number> {
  const result = await readConfig(options)
  if (!result.ok) {
    io.err(`Invalid configuration: ${result.reason}`)
    for (const problem of result.problems) io.err(`  ${problem}`)
    return 1
  }
  const outDir = resolve(options.out)
  await mkdir(outDir, { recursive: true })
  for (const file of selectFiles(result.value, options.format)) {
    const path = join(outDir, file.fileName)
    await writeFile(path, file.text, { mode: file.language === 'shell' ? 0o755 : 0o644 })
    io.out(path)
  }
  return 0
}
