import { BASE_OPERATORS, equivalentOperator, familiesForKeyType, formatOperator, parseOperator, type ParsedOperator } from './condition-operators'
import { conditionKeyRegExp, lookUpConditionKey } from './condition-keys'
import type { Finding } from './finding'
import type { IamCatalog } from './iam-catalog'
import { replaceString, type Located } from './json-nodes'
import { nearestName } from './nearest-name'
import type { ConditionEntry, StatementModel } from './read-policy'
import type { ResolvedAction } from './resolve-actions'

function finding(rule: string, severity: Finding['severity'], message: string, at: Located, fix?: { title: string; text: string }): Finding {
  const result: Finding = { rule, severity, message, start: at.start, end: at.end }
  if (fix) result.fix = { title: fix.title, edits: [replaceString(at, fix.text)] }
  return result
}

/** Every valid operator spelling, to fix one written in the wrong case. */
const ALL_OPERATORS = ['', 'ForAllValues:', 'ForAnyValue:'].flatMap((set) =>
  BASE_OPERATORS.flatMap((base) => [`${set}${base}`, ...(base === 'Null' ? [] : [`${set}${base}IfExists`])]),
)

function checkOperatorName(entry: ConditionEntry): Finding | undefined {
  const { operator } = entry
  const parsed = parseOperator(operator.text)
  if (!parsed) {
    const text = ALL_OPERATORS.find((name) => name.toLowerCase() === operator.text.toLowerCase())
    return finding('condition-operator-unknown', 'error', `${operator.text} is not a condition operator`, operator, text ? { title: `Change to ${text}`, text } : undefined)
  }
  if (parsed.base === 'Null' && parsed.ifExists) return finding('condition-operator-unknown', 'error', 'Null cannot take IfExists', operator, { title: 'Change to Null', text: 'Null' })
  return undefined
}

/** Whether any action the statement names takes the key (its own keys, or its resource types' keys). */
function keyAppliesToActions(key: string, actions: readonly ResolvedAction[]): boolean {
  const pattern = conditionKeyRegExp(key)
  return actions.some((action) =>
    action.matches.some(
      (match) =>
        match.conditionKeys.some((k) => k.toLowerCase() === key.toLowerCase() || conditionKeyRegExp(k).test(key) || pattern.test(k)) ||
        match.resourceTypes.some((type) => {
          const keys = [...type.conditionKeys, ...(action.service?.resourceTypes.get(type.name.toLowerCase())?.conditionKeys ?? [])]
          return keys.some((k) => k.toLowerCase() === key.toLowerCase() || conditionKeyRegExp(k).test(key))
        }),
    ),
  )
}

/** `*` or `?` in a value of an Equals operator, compared literally (Access Analyzer: wildcard without like operator). */
function checkWildcardWithoutLike(entry: ConditionEntry, operator: ParsedOperator): Finding[] {
  const findings: Finding[] = []
  const like = { StringEquals: 'StringLike', StringNotEquals: 'StringNotLike', ArnEquals: 'ArnLike', ArnNotEquals: 'ArnNotLike' }[operator.base]
  // A policy variable ${…} is not a wildcard; `*` and `?` outside one are compared literally by the Equals operators.
  const wildcard = entry.values.find((v) => /[*?]/.test(v.text.replace(/\$\{[^}]*\}/g, '')))
  if (like && wildcard) {
    const text = formatOperator({ ...operator, base: like })
    findings.push(finding('wildcard-without-like', 'warning', `${entry.operator.text} compares ${wildcard.text} literally: * and ? are wildcards only with ${like}`, entry.operator, { title: `Change to ${text}`, text }))
  }
  return findings
}

async function checkEntry(entry: ConditionEntry, statement: StatementModel, actions: readonly ResolvedAction[], catalog: IamCatalog): Promise<Finding[]> {
  const operatorFinding = checkOperatorName(entry)
  if (operatorFinding) return [operatorFinding]
  const operator = parseOperator(entry.operator.text)
  const wildcardFindings = operator ? checkWildcardWithoutLike(entry, operator) : []
  const lookup = await lookUpConditionKey(entry.key.text, catalog)
  if (lookup.kind === 'provider') return wildcardFindings
  if (lookup.kind === 'unknown-prefix') {
    return [finding('condition-key-unknown', 'error', `${entry.key.text} is not a condition key: no service has that prefix`, entry.key)]
  }
  if (lookup.kind === 'unknown') {
    const near = nearestName(entry.key.text, lookup.candidates, 3)
    return [finding('condition-key-unknown', 'error', `${entry.key.text} is not a condition key`, entry.key, near ? { title: `Change to ${near}`, text: near } : undefined)]
  }
  const findings: Finding[] = [...wildcardFindings]
  const { key } = lookup
  if (!key.key.includes('${') && !key.key.endsWith('/tag-key') && key.key !== entry.key.text) {
    findings.push(finding('condition-key-case', 'suggestion', `AWS spells this key ${key.key} (names are case-insensitive, so it works)`, entry.key, { title: `Change to ${key.key}`, text: key.key }))
  }
  const prefix = key.key.split(':')[0]?.toLowerCase()
  const checkable = statement.action !== undefined && actions.length > 0 && actions.every((a) => a.service && a.matches.length > 0)
  if (prefix !== 'aws' && checkable && !keyAppliesToActions(key.key, actions)) {
    findings.push(finding('condition-key-not-for-action', 'warning', `No action in this statement takes ${key.key}, so the condition never matches`, entry.key))
  }
  if (!operator) return findings
  const families = familiesForKeyType(key.type)
  if (!families.includes(operator.family)) {
    const wanted = families[0] ?? 'null'
    const text = equivalentOperator(operator, wanted)
    // A String operator on an ARN key still compares the text, so it works: a suggestion, not a warning.
    const severity = operator.family === 'string' && wanted === 'arn' ? 'suggestion' : 'warning'
    findings.push(finding('condition-operator-type', severity, `${entry.operator.text} does not fit ${key.key}, a key of type ${key.type}`, entry.operator, text ? { title: `Change to ${text}`, text } : undefined))
  }
  if (operator.set && !key.type.startsWith('ArrayOf')) {
    const allow = statement.effect?.text === 'Allow'
    const permissive = operator.set === 'ForAllValues' && allow
    const text = formatOperator({ ...operator, set: undefined })
    const why = permissive ? ': it is true when the key is missing, so the statement applies to requests without it' : ''
    findings.push(finding('set-operator-single-valued', permissive ? 'security' : 'warning', `${operator.set} on ${key.key}, a single-valued key${why}`, entry.operator, { title: `Change to ${text}`, text }))
  }
  return findings
}

/** Condition operators and keys: known, spelt as AWS does, taken by the actions, of the type the operator compares. */
export async function checkConditions(statement: StatementModel, actions: readonly ResolvedAction[], catalog: IamCatalog): Promise<Finding[]> {
  const findings: Finding[] = []
  for (const entry of statement.conditions) findings.push(...(await checkEntry(entry, statement, actions, catalog)))
  return findings
}
