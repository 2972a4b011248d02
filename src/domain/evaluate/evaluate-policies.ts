import { contextLookup, type ContextLookup } from './context-keys'
import { failedClause } from './conditions'
import { describePrincipal, principalMatches } from './principals'
import { readPolicy, type ReadStatement } from './read-statements'
import type { Evaluation, EvaluationRequest, Mismatch, PolicyInput, StatementRef, Unusable } from './types'
import { tokenize } from './variables'
import { matchArnTokens, matchTokens } from './wildcards'

type Outcome = { applies: true } | { applies: false; mismatch: Mismatch; score: number }

/**
 * Evaluates a request against policies as IAM does within one policy type (IAM User Guide, "Policy evaluation
 * logic" and "The difference between explicit and implicit denies"): a Deny statement that applies wins; else an
 * Allow statement that applies allows; else the request is implicitly denied. Statements are unordered. With a
 * `principal` the policies are read as trust policies (see EvaluationRequest). Never throws.
 */
export function evaluatePolicies(policies: readonly PolicyInput[], request: EvaluationRequest): Evaluation {
  const lookup = contextLookup(request.context)
  const trust = request.principal !== undefined
  const unusable: Unusable[] = []
  const denies: StatementRef[] = []
  const allows: StatementRef[] = []
  let nearest: { statement: StatementRef; mismatch: Mismatch; score: number } | undefined
  for (const { name, document } of policies) {
    const read = readPolicy(name, document)
    unusable.push(...read.unusable)
    for (const statement of read.statements) {
      const problem = modeProblem(statement, trust)
      if (problem !== null) {
        unusable.push({ policy: name, index: statement.index, problem })
        continue
      }
      const ref: StatementRef = { policy: name, index: statement.index, ...(statement.sid !== undefined ? { sid: statement.sid } : {}) }
      const outcome = matchStatement(statement, request, lookup, read.variables ? lookup : null)
      if (outcome.applies) (statement.effect === 'Deny' ? denies : allows).push(ref)
      else if (statement.effect === 'Allow' && (nearest === undefined || outcome.score > nearest.score)) {
        nearest = { statement: ref, mismatch: outcome.mismatch, score: outcome.score }
      }
    }
  }
  if (denies.length > 0) return { verdict: 'denied-explicitly', deciding: denies, unusable }
  if (allows.length > 0) return { verdict: 'allowed', deciding: allows, unusable }
  return { verdict: 'not-allowed', deciding: [], unusable, ...(nearest ? { nearest: { statement: nearest.statement, mismatch: nearest.mismatch } } : {}) }
}

/** Identity policies take no Principal and need a Resource; trust policies need a Principal. */
function modeProblem(statement: ReadStatement, trust: boolean): string | null {
  if (trust) return statement.principal === null ? 'A trust policy statement needs Principal or NotPrincipal.' : null
  if (statement.principal !== null) return 'Principal belongs in trust and resource-based policies, not in a permissions policy.'
  return statement.resource === null ? 'The statement has neither Resource nor NotResource.' : null
}

/**
 * Checks every element; the first that fails, in the order a reader goes (principal, action, resource, condition),
 * explains. The score (elements that match, then how close the resource comes) picks the nearest statement.
 */
function matchStatement(statement: ReadStatement, request: EvaluationRequest, lookup: ContextLookup, variables: ContextLookup | null): Outcome {
  const misses: Mismatch[] = []
  const { principal, action, resource } = statement
  if (principal !== null && request.principal !== undefined && principalMatches(principal.value, request.principal) === principal.not) {
    const who = `${request.principal.type} "${request.principal.value}"`
    misses.push({ element: 'Principal', detail: principal.not ? `NotPrincipal names ${who}.` : `Principal does not name ${who} (it names ${describePrincipal(principal.value)}).` })
  }
  const actionListed = action.patterns.some((pattern) => matchTokens(tokenize(pattern, { wildcards: true, lookup: null }) ?? [], request.action.trim(), true))
  if (actionListed === action.not) {
    misses.push({ element: 'Action', detail: action.not ? `NotAction lists "${request.action}".` : `Action does not include "${request.action}" (it has ${list(action.patterns)}).` })
  }
  let closeness = RESOURCE_MATCHED
  if (resource !== null && (request.resource !== undefined || !request.principal)) {
    const arn = (request.resource ?? '').trim()
    const covered = resource.patterns.some((pattern) => {
      const tokens = tokenize(pattern, { wildcards: true, lookup: variables })
      return tokens !== null && matchArnTokens(tokens, arn)
    })
    if (covered === resource.not) {
      closeness = resource.not ? 0 : Math.max(0, ...resource.patterns.map((pattern) => commonPrefixLength(pattern, arn)))
      misses.push({ element: 'Resource', detail: resource.not ? `NotResource covers "${arn}".` : `Resource does not cover "${arn}" (it has ${list(resource.patterns)}).` })
    }
  }
  const failed = failedClause(statement.conditions, lookup, variables)
  if (failed !== null) misses.push({ element: 'Condition', detail: `${failed}.` })
  const [first] = misses
  if (first === undefined) return { applies: true }
  return { applies: false, mismatch: first, score: (4 - misses.length) * (RESOURCE_MATCHED + 1) + closeness }
}

/** Above any common prefix an ARN can have with a pattern (IAM ARNs stay far below 2,048 characters). */
const RESOURCE_MATCHED = 100_000

function commonPrefixLength(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1
  return i
}

const list = (values: readonly string[]) =>
  values.length <= 3 ? values.join(', ') : `${values.slice(0, 3).join(', ')} and ${values.length - 3} more`
