import type { Finding, DocumentKind } from './finding'
import { removeArrayItem, type Located } from './json-nodes'
import type { PrincipalModel, StatementModel } from './read-policy'
import { hasWildcard, wildcardCovers, wildcardRegExp } from './wildcard'

/** Where a finding about a whole statement points: its Sid, else its Effect, else its opening brace. */
export function statementAnchor(statement: StatementModel): { start: number; end: number } {
  const at = statement.sid ?? statement.effect
  return at ? { start: at.start, end: at.end } : { start: statement.node.offset, end: statement.node.offset + 1 }
}

const grantsPassRole = (at: Located) => wildcardRegExp(at.text, 'i').test('iam:PassRole')

/**
 * iam:PassRole on Resource "*" lets the holder hand any role to a service (Access Analyzer security warning
 * "Pass role with star in resource"); without iam:PassedToService, to any service (IAM User Guide, "Granting a
 * user permissions to pass a role to an AWS service").
 */
export function checkPassRole(statement: StatementModel): Finding[] {
  const passRole = statement.action?.find(grantsPassRole)
  if (statement.effect?.text !== 'Allow' || !passRole) return []
  const findings: Finding[] = []
  const star = statement.resource?.find((r) => r.text === '*')
  if (star) findings.push({ rule: 'passrole-any-role', severity: 'security', message: `${passRole.text} on Resource "*" lets the holder pass any role in the account`, start: star.start, end: star.end })
  const limited = statement.conditions.some((c) => c.key.text.toLowerCase() === 'iam:passedtoservice')
  if (!limited) findings.push({ rule: 'passrole-any-service', severity: 'warning', message: `${passRole.text} without an iam:PassedToService condition lets the role go to any service`, start: passRole.start, end: passRole.end })
  return findings
}

/** NotAction/NotResource with Allow grants everything not listed, including whatever AWS adds later. */
export function checkAllowNot(statement: StatementModel): Finding[] {
  if (statement.effect?.text !== 'Allow') return []
  const first = (values: Located[] | undefined) => values?.[0]
  const notAction = first(statement.notAction)
  const notResource = first(statement.notResource)
  return [
    ...(notAction ? [{ rule: 'allow-not-action', severity: 'security' as const, message: 'Allow with NotAction grants every action not listed, in every service', start: notAction.start, end: notAction.end }] : []),
    ...(notResource ? [{ rule: 'allow-not-resource', severity: 'security' as const, message: 'Allow with NotResource grants the actions on every resource not listed', start: notResource.start, end: notResource.end }] : []),
  ]
}

/**
 * A Sid used twice. Resource-based policies such as a trust policy require unique Sids (Access Analyzer error
 * "Unique Sids required"); identity policies accept duplicates, which it reports as a general warning.
 */
export function checkDuplicateSids(statements: readonly StatementModel[], kind: DocumentKind): Finding[] {
  const seen = new Set<string>()
  return statements.flatMap((statement): Finding[] => {
    const sid = statement.sid
    if (!sid || sid.text === '') return []
    if (!seen.has(sid.text)) {
      seen.add(sid.text)
      return []
    }
    const severity = kind === 'trust' ? 'error' : 'warning'
    return [{ rule: 'duplicate-sid', severity, message: `Sid "${sid.text}" is used by an earlier statement too`, start: sid.start, end: sid.end }]
  })
}

const canonical = (value: unknown) => JSON.stringify(value)
const principalText = (principal: PrincipalModel | undefined) =>
  canonical(principal && { star: principal.star?.text, entries: principal.entries.map((e) => [e.type, e.values.map((v) => v.text).sort()]) })
const conditionText = (statement: StatementModel) =>
  canonical(statement.conditions.map((c) => [c.operator.text, c.key.text.toLowerCase(), c.values.map((v) => v.text).sort()]).sort())

function covers(outer: readonly Located[] | undefined, inner: readonly Located[] | undefined, ignoreCase: boolean): boolean {
  if (!outer || !inner) return false
  // Exact values first, so lists of thousands of ARNs compare in linear time; only wildcards need matching.
  const fold = (text: string) => (ignoreCase ? text.toLowerCase() : text)
  const exact = new Set(outer.map((value) => fold(value.text)))
  const patterns = outer.filter((value) => hasWildcard(value.text))
  return inner.every((value) => exact.has(fold(value.text)) || patterns.some((pattern) => wildcardCovers(pattern.text, value.text, ignoreCase)))
}

/** `inner` grants nothing `outer` does not: same effect, principal and conditions; its actions and resources inside. */
function contains(outer: StatementModel, inner: StatementModel, kind: DocumentKind): boolean {
  const simple = (s: StatementModel) => !s.notAction && !s.notResource && !s.notPrincipal && s.effect !== undefined && s.action !== undefined
  if (!simple(outer) || !simple(inner) || outer.effect?.text !== inner.effect?.text) return false
  if (principalText(outer.principal) !== principalText(inner.principal) || conditionText(outer) !== conditionText(inner)) return false
  return covers(outer.action, inner.action, true) && (kind === 'trust' || covers(outer.resource, inner.resource, false))
}

/** A statement contained in another (Access Analyzer suggestion "Redundant statement"); the fix removes it. */
export function checkRedundantStatements(statements: readonly StatementModel[], kind: DocumentKind): Finding[] {
  const removed = new Set<StatementModel>()
  const findings: Finding[] = []
  statements.forEach((inner, index) => {
    // Two identical statements contain each other: keep the first, report the second.
    const outer = statements.find((other, j) => other !== inner && !removed.has(other) && contains(other, inner, kind) && (j < index || !contains(inner, other, kind)))
    if (!outer) return
    removed.add(inner)
    const name = outer.sid ? `"${outer.sid.text}"` : `statement ${statements.indexOf(outer) + 1}`
    findings.push({
      rule: 'redundant-statement',
      severity: 'suggestion',
      message: `Everything this statement grants, ${name} already grants`,
      ...statementAnchor(inner),
      fix: { title: 'Remove this statement', edits: [removeArrayItem(inner.node)] },
    })
  })
  return findings
}
