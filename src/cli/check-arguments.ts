import type { DocumentKind } from '../domain/policy-check/finding'

export const CHECK_FORMATS = ['text', 'json'] as const
const KINDS: readonly DocumentKind[] = ['permissions', 'trust', 'submitter']

export interface CheckOptions {
  files: string[]
  /** undefined: inferred per file (a Principal makes it a trust policy). */
  kind?: DocumentKind
  roleName?: string
  accountId?: string
  format: (typeof CHECK_FORMATS)[number]
}

export type ParsedCheckArguments = { ok: true; value: CheckOptions | 'help' } | { ok: false; message: string }

const WITH_VALUE = ['--kind', '--role-name', '--account-id', '--format'] as const

/** Reads the arguments of `check`: files, and options that each take one value. */
export function parseCheckArguments(args: readonly string[]): ParsedCheckArguments {
  if (args.includes('--help') || args.includes('-h')) return { ok: true, value: 'help' }
  const files: string[] = []
  const values = new Map<string, string>()
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? ''
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg)
      continue
    }
    if (!(WITH_VALUE as readonly string[]).includes(arg)) return { ok: false, message: `Unknown option ${arg}.` }
    const value = args[i + 1]
    if (value === undefined || value.startsWith('-')) return { ok: false, message: `${arg} needs a value.` }
    if (values.has(arg)) return { ok: false, message: `${arg} is given twice.` }
    values.set(arg, value)
    i += 1
  }
  const kind = values.get('--kind')
  if (kind !== undefined && !(KINDS as readonly string[]).includes(kind)) return { ok: false, message: `--kind must be one of ${KINDS.join(', ')}.` }
  const format = values.get('--format') ?? 'text'
  if (!(CHECK_FORMATS as readonly string[]).includes(format)) return { ok: false, message: `--format must be one of ${CHECK_FORMATS.join(', ')}.` }
  if (files.length === 0) return { ok: false, message: 'Give at least one policy file to check.' }
  if (files.filter((file) => file === '-').length > 1) return { ok: false, message: 'Standard input (-) can be read only once.' }
  return {
    ok: true,
    value: {
      files,
      kind: kind as DocumentKind | undefined,
      roleName: values.get('--role-name'),
      accountId: values.get('--account-id'),
      format: format as CheckOptions['format'],
    },
  }
}
