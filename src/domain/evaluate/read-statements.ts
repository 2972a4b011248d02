import type { ConditionClause } from './conditions'
import { parseOperator } from './operators'
import type { Unusable } from './types'

/** A statement as the evaluator uses it; any list may be empty, and `null` means the element is absent. */
export interface ReadStatement {
  index: number
  sid?: string
  effect: 'Allow' | 'Deny'
  action: { not: boolean; patterns: string[] }
  resource: { not: boolean; patterns: string[] } | null
  principal: { not: boolean; value: PrincipalElement } | null
  conditions: ConditionClause[]
}

/** `"*"`, or principal type → values (`{"AWS": "*"}`, `{"Service": [...]}` …). */
export type PrincipalElement = '*' | Readonly<Record<string, string[]>>

export interface ReadPolicy {
  statements: ReadStatement[]
  /** Policy variables are resolved only in documents of Version 2012-10-17 (IAM User Guide, Version element). */
  variables: boolean
  unusable: Unusable[]
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Reads a policy that may be any JSON value: never throws; what cannot be used is listed in `unusable` and skipped. */
export function readPolicy(name: string, document: unknown): ReadPolicy {
  if (!isRecord(document)) return { statements: [], variables: false, unusable: [{ policy: name, problem: 'The document is not a JSON object.' }] }
  const raw = document.Statement
  const list = Array.isArray(raw) ? raw : isRecord(raw) ? [raw] : null
  const variables = document.Version === '2012-10-17'
  if (list === null) return { statements: [], variables, unusable: [{ policy: name, problem: 'The document has no Statement list.' }] }
  const statements: ReadStatement[] = []
  const unusable: Unusable[] = []
  list.forEach((item: unknown, index) => {
    const read = readStatement(item, index)
    if (typeof read === 'string') unusable.push({ policy: name, index, problem: read })
    else statements.push(read)
  })
  return { statements, variables, unusable }
}

function readStatement(item: unknown, index: number): ReadStatement | string {
  if (!isRecord(item)) return 'The statement is not a JSON object.'
  const { Effect, Sid } = item
  if (Effect !== 'Allow' && Effect !== 'Deny') return 'Effect must be "Allow" or "Deny".'
  const action = readPair(item, 'Action', 'NotAction')
  if (typeof action === 'string') return action
  if (action === null) return 'The statement has neither Action nor NotAction.'
  const resource = readPair(item, 'Resource', 'NotResource')
  if (typeof resource === 'string') return resource
  const principal = readPrincipal(item)
  if (typeof principal === 'string') return principal
  const conditions = readConditions(item.Condition)
  if (typeof conditions === 'string') return conditions
  return { index, ...(typeof Sid === 'string' ? { sid: Sid } : {}), effect: Effect, action, resource, principal, conditions }
}

const strings = (value: unknown): string[] | null =>
  typeof value === 'string' ? [value] : Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null

function readPair(item: Record<string, unknown>, positive: string, negative: string) {
  if (item[positive] !== undefined && item[negative] !== undefined) return `The statement has both ${positive} and ${negative}.`
  const not = item[negative] !== undefined
  const value = not ? item[negative] : item[positive]
  if (value === undefined) return null
  const patterns = strings(value)
  return patterns === null ? `${not ? negative : positive} must be a string or a list of strings.` : { not, patterns }
}

function readPrincipal(item: Record<string, unknown>) {
  if (item.Principal !== undefined && item.NotPrincipal !== undefined) return 'The statement has both Principal and NotPrincipal.'
  const not = item.NotPrincipal !== undefined
  const value = not ? item.NotPrincipal : item.Principal
  if (value === undefined) return null
  if (value === '*') return { not, value: '*' as const }
  if (!isRecord(value)) return `${not ? 'NotPrincipal' : 'Principal'} must be "*" or an object such as {"Service": "…"}.`
  const entries: Record<string, string[]> = {}
  for (const [type, names] of Object.entries(value)) {
    const list = strings(names)
    if (list === null) return `Principal "${type}" must be a string or a list of strings.`
    entries[type] = list
  }
  return { not, value: entries }
}

const scalar = (value: unknown): string | null =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null

function readConditions(block: unknown): ConditionClause[] | string {
  if (block === undefined) return []
  if (!isRecord(block)) return 'Condition must be an object of operators.'
  const clauses: ConditionClause[] = []
  for (const [operatorName, keys] of Object.entries(block)) {
    const operator = parseOperator(operatorName)
    if (operator === null) {
      return /(?:^|:)(?:Not)?IpAddress|BinaryEquals/.test(operatorName)
        ? `The checker does not evaluate ${operatorName} conditions.`
        : `Unknown condition operator "${operatorName}".`
    }
    if (!isRecord(keys)) return `Condition "${operatorName}" must be an object of keys and values.`
    for (const [key, raw] of Object.entries(keys)) {
      const values = (Array.isArray(raw) ? raw : [raw]).map(scalar)
      if (values.some((value) => value === null)) return `Condition ${operatorName} "${key}" has a value that is not a string, number or boolean.`
      clauses.push({ operator, key, values: values as string[] })
    }
  }
  return clauses
}
