import { isRecord } from './pasted-role'

/**
 * A statement read into plain lists, whatever form it was written in (a string or a list, any key order), so two
 * statements that grant the same thing compare equal. Action names and condition keys are matched without regard
 * to case, as IAM matches them (IAM User Guide: Action and Condition elements); operators are kept as written.
 */
export interface ReadStatement {
  sid: string
  effect: string
  /** Lower case, for matching; `written` keeps them as the policy wrote them, for messages. */
  actions: string[]
  written: { actions: string[]; notActions: string[] }
  notActions: string[]
  resources: string[]
  notResources: string[]
  principals: Record<string, string[]>
  notPrincipal: boolean
  conditions: Record<string, Record<string, string[]>>
  /** Keys this reader does not know, so such a statement never counts as one the wizard writes. */
  otherKeys: string[]
}

const KNOWN = new Set(['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition'])

/** The statements of a document: its Statement list, or its one Statement object. */
export function statementsOf(document: unknown): unknown[] {
  if (!isRecord(document)) return []
  const statement = document.Statement
  return Array.isArray(statement) ? statement : statement === undefined ? [] : [statement]
}

export function listOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item) ?? ''))
  if (value === undefined) return []
  return [JSON.stringify(value) ?? '']
}

const sorted = (values: string[]) => [...new Set(values)].sort()

/** Condition values as text: IAM reads true and "true", 3600 and "3600" alike. */
function conditionValues(value: unknown): string[] {
  const one = (item: unknown) => (typeof item === 'string' ? item : (JSON.stringify(item) ?? ''))
  return Array.isArray(value) ? value.map(one) : value === undefined ? [] : [one(value)]
}

export function readStatement(statement: unknown): ReadStatement {
  const s = isRecord(statement) ? statement : {}
  const principals: Record<string, string[]> = {}
  const principal = s.Principal ?? s.NotPrincipal
  if (principal === '*') principals['*'] = ['*']
  else if (isRecord(principal)) for (const [kind, value] of Object.entries(principal)) principals[kind] = sorted(listOf(value))
  const conditions: Record<string, Record<string, string[]>> = {}
  if (isRecord(s.Condition)) {
    for (const [operator, block] of Object.entries(s.Condition)) {
      const entries = isRecord(block) ? Object.entries(block) : [['', block] as const]
      const byKey: Record<string, string[]> = {}
      for (const [key, value] of entries) byKey[key.toLowerCase()] = sorted(conditionValues(value))
      conditions[operator] = byKey
    }
  }
  return {
    sid: typeof s.Sid === 'string' ? s.Sid : '',
    effect: typeof s.Effect === 'string' ? s.Effect : String(s.Effect),
    actions: sorted(listOf(s.Action).map((a) => a.toLowerCase())),
    written: { actions: sorted(listOf(s.Action)), notActions: sorted(listOf(s.NotAction)) },
    notActions: sorted(listOf(s.NotAction).map((a) => a.toLowerCase())),
    resources: sorted(listOf(s.Resource)),
    notResources: sorted(listOf(s.NotResource)),
    principals,
    notPrincipal: 'NotPrincipal' in s,
    conditions,
    otherKeys: Object.keys(s).filter((key) => !KNOWN.has(key)),
  }
}

/** What a statement grants, as one comparable text (its Sid left out: a Sid names a statement, it grants nothing). */
export function statementKey(statement: ReadStatement): string {
  const { sid, written, ...rest } = statement
  void sid
  void written
  return JSON.stringify(rest, (_, value: unknown) =>
    isRecord(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value,
  )
}

export const isAllow = (statement: ReadStatement) => statement.effect === 'Allow'
