import { contextValues, type ContextLookup } from './context-keys'
import type { ParsedOperator } from './operators'

/** One operator–key pair of a Condition block, with the policy's values (a list is an OR). */
export interface ConditionClause {
  operator: ParsedOperator
  key: string
  values: string[]
}

/**
 * Whether every clause holds (operators and keys are AND-ed; a key's values are OR-ed), and if not, the first
 * that does not, in words. The rules for absent keys (IAM User Guide, condition operators and "Single-valued vs.
 * multivalued context keys"): an absent key fails a positive operator and passes a negated one; `…IfExists`
 * passes when the key is absent; `ForAllValues:` passes and `ForAnyValue:` fails when the request has no values.
 * `variables` is null when the document's Version does not allow policy variables.
 */
export function failedClause(clauses: readonly ConditionClause[], lookup: ContextLookup, variables: ContextLookup | null): string | null {
  for (const clause of clauses) {
    if (!clauseHolds(clause, lookup, variables)) return describeFailure(clause, lookup)
  }
  return null
}

function clauseHolds({ operator, key, values }: ConditionClause, lookup: ContextLookup, variables: ContextLookup | null): boolean {
  const requestValues = contextValues(lookup(key))
  const absent = requestValues.length === 0
  const { base } = operator
  if (base === null) {
    // Null: "true" asks for the key to be absent, "false" for it to be present.
    return values.some((value) => value.toLowerCase() === String(absent))
  }
  const holdsFor = (requestValue: string) => {
    const matchesAny = values.some((value) => base.test(value, requestValue, variables))
    return base.negated ? !matchesAny : matchesAny
  }
  if (operator.set === 'ForAllValues') return absent || requestValues.every(holdsFor)
  if (operator.set === 'ForAnyValue') return !absent && requestValues.some(holdsFor)
  if (absent) return operator.ifExists || base.negated
  // A single-valued operator given several request values: a positive one needs one of them to match, a negated
  // one needs all of them to miss (the same as taking the values one at a time).
  return base.negated ? requestValues.every(holdsFor) : requestValues.some(holdsFor)
}

function describeFailure({ operator, key, values }: ConditionClause, lookup: ContextLookup): string {
  const requestValues = contextValues(lookup(key))
  const wanted = values.map((value) => `"${value}"`).join(' or ')
  if (operator.base === null) return `${operator.name} ${key}: ${wanted} — the key is ${requestValues.length === 0 ? 'absent' : 'present'} in the request`
  const got = requestValues.length === 0 ? 'the request has no such key' : `the request has ${requestValues.map((value) => `"${value}"`).join(', ')}`
  return `${operator.name} ${key} ${wanted}: ${got}`
}
