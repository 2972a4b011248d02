import { readFile, stat } from 'node:fs/promises'
import { checkPolicyText, hasErrors } from '../domain/policy-check/check-policy-text'
import type { DocumentKind, Finding } from '../domain/policy-check/finding'
import type { IamCatalog } from '../domain/policy-check/iam-catalog'
import type { CheckOptions } from './check-arguments'
import { describeReason } from './describe-error'
import type { Io } from './generate'
import { readStreamBounded } from './input-limits'

/** A policy document is at most 10,240 characters (IAM quotas); a file far larger is not one. */
const MAX_POLICY_BYTES = 1024 * 1024

type CheckedFile =
  | { file: string; kind: DocumentKind; findings: (Finding & { line: number; column: number })[] }
  | { file: string; error: string }

/** A Principal anywhere in the statements makes a trust policy; otherwise a permissions policy. */
export function inferKind(text: string): DocumentKind {
  try {
    const parsed: unknown = JSON.parse(text)
    const statements: unknown = parsed && typeof parsed === 'object' && 'Statement' in parsed ? parsed.Statement : undefined
    const list = Array.isArray(statements) ? (statements as unknown[]) : [statements]
    return list.some((s) => s && typeof s === 'object' && ('Principal' in s || 'NotPrincipal' in s)) ? 'trust' : 'permissions'
  } catch {
    return 'permissions'
  }
}

/** 1-based line and column of an offset (columns count UTF-16 units, as editors do). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

async function readPolicyFile(file: string): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  try {
    if (file === '-') {
      const read = await readStreamBounded(process.stdin)
      return read.ok ? { ok: true, text: read.value } : { ok: false, error: read.message }
    }
    if ((await stat(file)).size > MAX_POLICY_BYTES) return { ok: false, error: 'larger than 1 MiB: not a policy document' }
    return { ok: true, text: (await readFile(file, 'utf8')).replace(/^\uFEFF/, '') }
  } catch (error) {
    return { ok: false, error: describeReason(error) }
  }
}

async function checkFile(file: string, options: CheckOptions, catalog: IamCatalog): Promise<CheckedFile> {
  const read = await readPolicyFile(file)
  if (!read.ok) return { file, error: read.error }
  const kind = options.kind ?? inferKind(read.text)
  const findings = await checkPolicyText(read.text, { kind, roleName: options.roleName, accountId: options.accountId }, catalog)
  return { file, kind, findings: findings.map((finding) => ({ ...finding, ...lineAndColumn(read.text, finding.start) })) }
}

/**
 * `check FILE…`: the browser's findings for policy files, for CI. Text: one `file:line:col severity rule message`
 * line per finding; JSON: every file with its findings. Exit 1 when any file has an error finding or cannot be
 * read, else 0.
 */
export async function runCheck(options: CheckOptions, io: Io, catalog: IamCatalog): Promise<number> {
  const results: CheckedFile[] = []
  for (const file of options.files) results.push(await checkFile(file, options, catalog))
  if (options.format === 'json') io.out(JSON.stringify(results, null, 2))
  else {
    for (const result of results) {
      if ('error' in result) io.err(`${result.file}: cannot read it: ${result.error}`)
      else for (const f of result.findings) io.out(`${result.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`)
    }
  }
  return results.some((result) => 'error' in result || hasErrors(result.findings)) ? 1 : 0
}
