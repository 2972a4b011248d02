import { expect, it } from 'vitest'
import { createIamDataCatalog } from '../../cli/iam-data-catalog'
import { applyTextEdits } from './apply-edits'
import { checkPolicyText } from './check-policy-text'
import type { Finding, FindingFix, PolicyCheckContext } from './finding'

const catalog = createIamDataCatalog()

/** A policy document's text, pretty-printed as the app writes it. */
export function policyText(statements: unknown[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)
}

export function check(text: string, context: Partial<PolicyCheckContext> = {}): Promise<Finding[]> {
  return checkPolicyText(text, { kind: 'permissions', ...context }, catalog)
}

export function applyFix(text: string, fix: FindingFix): string {
  return applyTextEdits(text, fix.edits)
}

/** One table row: a document, the rule it should (or should not) raise, and where. */
export interface CheckCase {
  name: string
  /** Where the example comes from (a real mistake or an AWS page). */
  source: string
  text: string
  context?: Partial<PolicyCheckContext>
  /** The text the finding points at; undefined: the rule must not fire. */
  at?: string
  severity?: Finding['severity']
  /** The fix's replacement text, when a fix is expected. */
  fixedTo?: string
}

/** Checks one row: the rule fires at the expected text with the expected severity, and its fix clears it. */
export async function expectCase(rule: string, row: CheckCase): Promise<void> {
  const findings = (await check(row.text, row.context)).filter((f) => f.rule === rule)
  if (row.at === undefined) {
    expect(findings, `${row.name}: ${rule} should not fire`).toEqual([])
    return
  }
  const finding = findings.find((f) => row.text.slice(f.start, f.end) === row.at)
  expect(finding, `${row.name}: ${rule} at ${row.at}; got ${JSON.stringify(findings.map((f) => row.text.slice(f.start, f.end)))}`).toBeDefined()
  if (!finding) return
  expect(finding.message).not.toContain('\n')
  if (row.severity) expect(finding.severity).toBe(row.severity)
  if (row.fixedTo === undefined) return
  expect(finding.fix?.edits.map((edit) => edit.text).join('')).toBe(row.fixedTo)
  const fixed = applyFix(row.text, finding.fix ?? { title: '', edits: [] })
  const after = (await check(fixed, row.context)).filter((f) => f.rule === rule && fixed.slice(f.start, f.end) === row.fixedTo)
  expect(after, `${row.name}: the fix clears the finding`).toEqual([])
}

/** One test per row, named after the rule and the row. */
export function itChecks(cases: readonly (readonly [rule: string, row: CheckCase])[]): void {
  it.each(cases.map(([rule, row]) => ({ rule, ...row })))('$rule: $name ($source)', (row) => expectCase(row.rule, row))
}
