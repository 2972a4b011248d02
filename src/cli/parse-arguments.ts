import { EXPORT_FORMATS } from '../domain/export/export-files'

export const FORMATS = ['json', ...EXPORT_FORMATS, 'all'] as const
export type Format = (typeof FORMATS)[number]

/** Where one configuration (or a folder of them) comes from, as typed on the command line. */
export type ConfigSource = { kind: 'config'; path: string } | { kind: 'link'; url: string }

export interface GenerateOptions {
  sources: ConfigSource[]
  format: Format
  out: string
  strict: boolean
}

export type ParsedArguments = { ok: true; value: GenerateOptions | 'help' } | { ok: false; message: string }

const WITH_VALUE = ['--config', '--link', '--format', '--out'] as const
type Named = (typeof WITH_VALUE)[number]

function isNamed(name: string): name is Named {
  return (WITH_VALUE as readonly string[]).includes(name)
}

/** Reads the options of `generate`; returns a message instead of throwing. */
export function parseArguments(args: readonly string[]): ParsedArguments {
  if (args.includes('--help') || args.includes('-h')) return { ok: true, value: 'help' }
  const sources: ConfigSource[] = []
  const single = new Map<Named, string>()
  let strict = false
  for (let i = 0; i < args.length; i += 1) {
    const name = args[i] ?? ''
    if (name === '--strict') {
      strict = true
      continue
    }
    if (!isNamed(name)) return { ok: false, message: `Unknown option ${name}.` }
    const value = args[i + 1]
    if (value === undefined || (value.startsWith('-') && value !== '-')) return { ok: false, message: `${name} needs a value.` }
    i += 1
    if (name === '--config') sources.push({ kind: 'config', path: value })
    else if (name === '--link') sources.push({ kind: 'link', url: value })
    else if (single.has(name)) return { ok: false, message: `${name} is given twice.` }
    else single.set(name, value)
  }
  const format = single.get('--format') ?? 'all'
  if (!(FORMATS as readonly string[]).includes(format)) return { ok: false, message: `--format must be one of ${FORMATS.join(', ')}.` }
  if (sources.length === 0) return { ok: false, message: 'Give at least one --config or --link.' }
  if (sources.filter((s) => s.kind === 'config' && s.path === '-').length > 1) {
    return { ok: false, message: 'Standard input (--config -) can be read only once.' }
  }
  return { ok: true, value: { sources, format: format as Format, out: single.get('--out') ?? '.', strict } }
}
