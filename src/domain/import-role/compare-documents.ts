import { readStatement, statementKey, statementsOf, type ReadStatement } from './statements'

export interface DocumentComparison {
  same: boolean
  /** In plain words, what the pasted document has that the wizard would not write, and the other way round. */
  differences: string[]
}

/**
 * Compares a pasted document with the one the wizard writes for the same answers, by what they grant: statement
 * order, Sids, key order, and a single value written as a string or a list do not count.
 */
export function compareDocuments(pasted: unknown, generated: unknown, label: string): DocumentComparison {
  const ours = statementsOf(generated).map(readStatement)
  const theirs = statementsOf(pasted).map(readStatement)
  const unmatched = new Map<string, number>()
  for (const statement of ours) unmatched.set(statementKey(statement), (unmatched.get(statementKey(statement)) ?? 0) + 1)
  const extra: ReadStatement[] = []
  for (const statement of theirs) {
    const key = statementKey(statement)
    const count = unmatched.get(key) ?? 0
    if (count > 0) unmatched.set(key, count - 1)
    else extra.push(statement)
  }
  const missing = ours.filter((statement) => {
    const key = statementKey(statement)
    const count = unmatched.get(key) ?? 0
    if (count > 0) unmatched.set(key, count - 1)
    return count > 0
  })
  const differences = [
    ...extra.map((statement) => `${label}: ${describe(statement, theirs.indexOf(statement))}, ${verdict(statement)}.`),
    ...missing.map((statement) => `${label}: the wizard also writes ${describe(statement, -1, ', which')}; the pasted one does not have it.`),
  ]
  const version = (document: unknown) => (typeof document === 'object' && document !== null ? (document as { Version?: unknown }).Version : undefined)
  if (pasted !== undefined && version(pasted) !== '2012-10-17') {
    differences.push(`${label}: its Version is ${JSON.stringify(version(pasted)) ?? 'missing'}, the wizard writes "2012-10-17".`)
  }
  return { same: differences.length === 0, differences }
}

function describe(statement: ReadStatement, index: number, joiner = ''): string {
  const name = statement.sid !== '' ? `statement '${statement.sid}'` : index >= 0 ? `statement ${index + 1}` : 'a statement'
  const verb = statement.effect === 'Deny' ? 'denies' : 'grants'
  const { actions: written, notActions } = statement.written
  const actions = notActions.length > 0 ? `every action except ${few(notActions)}` : few(written)
  const resources = statement.notResources.length > 0 ? `everything except ${few(statement.notResources)}` : few(statement.resources)
  const principals = Object.entries(statement.principals).map(([kind, values]) => `${kind} ${few(values)}`)
  const on = principals.length > 0 ? `to ${principals.join(' and ')}` : `on ${resources || '(no resource)'}`
  const conditions = Object.keys(statement.conditions).length > 0 ? ` (when ${conditionText(statement)})` : ''
  return `${name}${joiner} ${verb} ${actions || '(no action)'} ${on}${conditions}`
}

function conditionText(statement: ReadStatement): string {
  return Object.entries(statement.conditions)
    .flatMap(([operator, byKey]) => Object.entries(byKey).map(([key, values]) => `${key} ${operator} ${few(values)}`))
    .join(' and ')
}

function few(values: readonly string[]): string {
  const shown = values.slice(0, 3).join(', ')
  return values.length > 3 ? `${shown} and ${values.length - 3} more` : shown
}

/** Broader: a wildcard action or resource, NotAction or NotResource, or no condition where a principal is trusted. */
function verdict(statement: ReadStatement): string {
  if (statement.effect !== 'Allow') return 'which the wizard does not write'
  const wide = (values: readonly string[]) => values.some((value) => value === '*' || /:\*$/.test(value) || /^\*:/.test(value))
  const broad =
    wide(statement.actions) || statement.resources.some(wideResource) || statement.notActions.length > 0 || statement.notResources.length > 0 ||
    (Object.keys(statement.principals).length > 0 && Object.keys(statement.conditions).length === 0)
  return broad ? 'broader than the wizard writes' : 'which the wizard does not write'
}

/** "*", or an ARN for any region, any account or any resource of its service (arn:aws:logs:*:*:*). */
function wideResource(resource: string): boolean {
  const parts = resource.split(':')
  return resource === '*' || (parts[0] === 'arn' && (parts[3] === '*' || parts[4] === '*' || parts.slice(5).join(':') === '*'))
}
