import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser'
import type { Finding, DocumentKind } from './finding'
import { located, propertiesOf, rangeOf, scalarText, stringList, type Located } from './json-nodes'

export interface ConditionEntry {
  operator: Located
  key: Located
  values: Located[]
}

export interface PrincipalModel {
  /** `"Principal": "*"`. */
  star?: Located
  /** `{ "AWS": …, "Service": …, "Federated": … }` by type as written. */
  entries: { type: string; values: Located[] }[]
}

/** A statement as the checks see it: each element's values with their places; absent elements are undefined. */
export interface StatementModel {
  node: Node
  sid?: Located
  effect?: Located
  action?: Located[]
  notAction?: Located[]
  resource?: Located[]
  notResource?: Located[]
  principal?: PrincipalModel
  notPrincipal?: PrincipalModel
  conditions: ConditionEntry[]
  /** The Condition element's value node, if present (a fix may add to it). */
  conditionNode?: Node
}

export interface ReadPolicy {
  statements: StatementModel[]
  /** JSON and grammar errors: when there is a JSON syntax error there are no statements. */
  findings: Finding[]
}

const TOP_ELEMENTS = ['Version', 'Id', 'Statement']
const STATEMENT_ELEMENTS = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition']
const VERSIONS = ['2012-10-17', '2008-10-17']

function error(rule: string, message: string, at: { start: number; end: number }): Finding {
  return { rule, severity: 'error', message, start: at.start, end: at.end }
}

/** Unknown element; offers the element of the same name in another case (IAM element names are case-sensitive). */
function unknownElement(key: Node, known: readonly string[]): Finding {
  const name = key.value as string
  const same = known.find((element) => element.toLowerCase() === name.toLowerCase())
  const finding = error('unknown-element', `"${name}" is not a policy element (${known.join(', ')})`, rangeOf(key))
  if (same) finding.fix = { title: `Rename to "${same}"`, edits: [{ ...rangeOf(key), text: JSON.stringify(same) }] }
  return finding
}

function readPrincipal(value: Node, name: string, findings: Finding[]): PrincipalModel | undefined {
  if (value.type === 'string') {
    if (value.value === '*') return { star: located(value, '*'), entries: [] }
    findings.push(error('invalid-principal', `${name} must be "*" or an object such as { "AWS": … }`, rangeOf(value)))
    return undefined
  }
  if (value.type !== 'object') {
    findings.push(error('invalid-principal', `${name} must be "*" or an object`, rangeOf(value)))
    return undefined
  }
  const entries = propertiesOf(value).flatMap(({ key, value: item }) => {
    const values = stringList(item)
    if (values) return [{ type: key.value as string, values }]
    findings.push(error('invalid-principal', `${name}.${String(key.value)} must be a string or a list of strings`, rangeOf(item)))
    return []
  })
  return { entries }
}

function readConditions(value: Node, findings: Finding[]): ConditionEntry[] {
  if (value.type !== 'object') {
    findings.push(error('invalid-condition', 'Condition must be an object of operators', rangeOf(value)))
    return []
  }
  return propertiesOf(value).flatMap(({ key: operatorKey, value: block }) => {
    const operator = located(operatorKey, operatorKey.value as string)
    if (block.type !== 'object') {
      findings.push(error('invalid-condition', `${operator.text} must map condition keys to values`, rangeOf(block)))
      return []
    }
    return propertiesOf(block).flatMap(({ key, value: values }) => {
      const items = values.type === 'array' ? (values.children ?? []) : [values]
      const texts = items.flatMap((item) => {
        const text = scalarText(item)
        return text === undefined ? [] : [located(item, text)]
      })
      if (texts.length !== items.length) {
        findings.push(error('invalid-condition', `The value of ${String(key.value)} must be a string, number, boolean or a list of them`, rangeOf(values)))
      }
      return [{ operator, key: located(key, key.value as string), values: texts }]
    })
  })
}

function readStatement(node: Node, kind: DocumentKind, findings: Finding[]): StatementModel | undefined {
  if (node.type !== 'object') {
    findings.push(error('invalid-statement', 'A statement must be an object', rangeOf(node)))
    return undefined
  }
  const statement: StatementModel = { node, conditions: [] }
  const seen = new Map<string, Node>()
  for (const { key, value } of propertiesOf(node)) {
    const name = key.value as string
    if (!STATEMENT_ELEMENTS.includes(name)) {
      findings.push(unknownElement(key, STATEMENT_ELEMENTS))
      continue
    }
    seen.set(name, key)
    if (name === 'Sid' || name === 'Effect') {
      if (value.type !== 'string') findings.push(error('invalid-value', `${name} must be a string`, rangeOf(value)))
      else statement[name === 'Sid' ? 'sid' : 'effect'] = located(value, value.value as string)
    } else if (name === 'Principal' || name === 'NotPrincipal') {
      statement[name === 'Principal' ? 'principal' : 'notPrincipal'] = readPrincipal(value, name, findings)
    } else if (name === 'Condition') {
      statement.conditionNode = value
      statement.conditions = readConditions(value, findings)
    } else {
      const list = stringList(value)
      if (!list) findings.push(error('invalid-value', `${name} must be a string or a list of strings`, rangeOf(value)))
      const field = ({ Action: 'action', NotAction: 'notAction', Resource: 'resource', NotResource: 'notResource' } as const)[name]
      if (list && field) statement[field] = list
    }
  }
  const effect = statement.effect
  if (!seen.has('Effect')) findings.push(error('effect-missing', 'The statement has no Effect ("Allow" or "Deny")', rangeOf(node)))
  else if (effect && effect.text !== 'Allow' && effect.text !== 'Deny') {
    const fixed = ['Allow', 'Deny'].find((word) => word.toLowerCase() === effect.text.toLowerCase())
    const finding = error('effect-invalid', `Effect must be "Allow" or "Deny", not ${JSON.stringify(effect.text)}`, effect)
    if (fixed) finding.fix = { title: `Change to "${fixed}"`, edits: [{ start: effect.start, end: effect.end, text: JSON.stringify(fixed) }] }
    findings.push(finding)
  }
  const pairs = [['Action', 'NotAction'], ['Resource', 'NotResource'], ['Principal', 'NotPrincipal']] as const
  for (const [one, other] of pairs) {
    const second = seen.get(other)
    if (seen.has(one) && second) findings.push(error('element-combination', `A statement cannot have both ${one} and ${other}`, rangeOf(second)))
  }
  if (!seen.has('Action') && !seen.has('NotAction')) findings.push(error('action-missing', 'The statement has no Action or NotAction', rangeOf(node)))
  const isTrust = kind === 'trust'
  if (isTrust && !seen.has('Principal') && !seen.has('NotPrincipal')) {
    findings.push(error('principal-missing', 'A trust policy statement needs a Principal', rangeOf(node)))
  }
  for (const name of ['Principal', 'NotPrincipal']) {
    const key = seen.get(name)
    if (!isTrust && key) findings.push(error('principal-not-allowed', `${name} belongs in trust policies, not in a ${kind} policy`, rangeOf(key)))
  }
  if (!isTrust && !seen.has('Resource') && !seen.has('NotResource')) {
    findings.push(error('resource-missing', 'The statement has no Resource or NotResource', rangeOf(node)))
  }
  for (const name of ['Resource', 'NotResource']) {
    const key = seen.get(name)
    if (isTrust && key) findings.push(error('resource-not-allowed', `A trust policy statement cannot have ${name} (the role is the resource)`, rangeOf(key)))
  }
  return statement
}

/** Parses the text as strict JSON (no comments, no trailing commas) and reads the IAM grammar around it. */
export function readPolicy(text: string, kind: DocumentKind): ReadPolicy {
  const errors: ParseError[] = []
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false })
  if (errors.length > 0 || !root) {
    const first = errors[0]
    const start = Math.min(first?.offset ?? 0, text.length)
    const at = { start, end: Math.min(text.length, start + Math.max(first?.length ?? text.length, 1)) }
    const what = first ? printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : 'empty document'
    return { statements: [], findings: [error('json-syntax', `Not valid JSON: ${what}`, at)] }
  }
  const findings: Finding[] = []
  if (root.type !== 'object') return { statements: [], findings: [error('invalid-policy', 'A policy must be a JSON object', rangeOf(root))] }
  let statementNode: Node | undefined
  let versionSeen = false
  for (const { key, value } of propertiesOf(root)) {
    const name = key.value as string
    if (!TOP_ELEMENTS.includes(name)) findings.push(unknownElement(key, TOP_ELEMENTS))
    else if (name === 'Statement') statementNode = value
    else if (name === 'Version') {
      versionSeen = true
      if (value.type !== 'string' || !VERSIONS.includes(value.value as string)) {
        const finding = error('version-invalid', 'Version must be "2012-10-17" (or the old "2008-10-17")', rangeOf(value))
        finding.fix = { title: 'Use "2012-10-17"', edits: [{ ...rangeOf(value), text: '"2012-10-17"' }] }
        findings.push(finding)
      } else if (value.value === '2008-10-17') {
        findings.push({ rule: 'version-old', severity: 'warning', message: 'Version 2008-10-17 does not support policy variables; use "2012-10-17"', ...rangeOf(value), fix: { title: 'Use "2012-10-17"', edits: [{ ...rangeOf(value), text: '"2012-10-17"' }] } })
      }
    }
  }
  if (!versionSeen) findings.push({ rule: 'version-missing', severity: 'warning', message: 'No Version: IAM assumes 2008-10-17, where policy variables do not work; add "Version": "2012-10-17"', start: root.offset, end: root.offset + 1 })
  if (!statementNode) {
    findings.push(error('statement-missing', 'The policy has no Statement', { start: root.offset, end: root.offset + 1 }))
    return { statements: [], findings }
  }
  const items = statementNode.type === 'array' ? (statementNode.children ?? []) : [statementNode]
  const statements = items.flatMap((item) => readStatement(item, kind, findings) ?? [])
  return { statements, findings }
}
