import type { PrincipalElement } from './read-statements'
import type { EvaluationRequest } from './types'

type RequestPrincipal = NonNullable<EvaluationRequest['principal']>

/**
 * Whether a Principal element names the request's principal (IAM User Guide, "AWS JSON policy elements:
 * Principal"): `"*"` and `{"AWS": "*"}` name everyone; a Principal takes no other wildcards; an account
 * (`123456789012` or `arn:aws:iam::123456789012:root`) names every principal of that account; service principals
 * and identity providers are matched exactly. A request of type `*` (anonymous) is named only by everyone.
 */
export function principalMatches(element: PrincipalElement, principal: RequestPrincipal): boolean {
  if (element === '*') return true
  if (principal.type === '*') return element.AWS?.includes('*') ?? false
  const names = element[principal.type] ?? []
  return names.some((name) => nameMatches(principal.type, name, principal.value.trim()))
}

function nameMatches(type: RequestPrincipal['type'], name: string, value: string): boolean {
  if (type !== 'AWS') return name === value
  if (name === '*' || name === value) return true
  const account = accountOf(name)
  return account !== null && (value === account || accountOfArn(value) === account)
}

/** The account an account principal names, or null if it names something else (a role, a user …). */
function accountOf(name: string): string | null {
  if (/^\d{12}$/.test(name)) return name
  const root = /^arn:[\w-]+:iam::(\d{12}):root$/.exec(name)
  return root?.[1] ?? null
}

const accountOfArn = (arn: string): string | null => /^arn:[\w-]+:(?:iam|sts)::(\d{12}):/.exec(arn)?.[1] ?? null

export function describePrincipal(element: PrincipalElement): string {
  if (element === '*') return '"*"'
  return Object.entries(element)
    .map(([type, names]) => `${type}: ${names.join(', ')}`)
    .join('; ')
}
