import { excerpt, isRecord } from './pasted-role'

/** The pseudo parameters a role's ARNs use, kept as `${AWS::…}` tokens until the role's location is known. */
export const PSEUDO = { partition: '${AWS::Partition}', accountId: '${AWS::AccountId}', region: '${AWS::Region}' } as const

/**
 * A CloudFormation value with its intrinsic functions worked out where they can be without deploying: Fn::Sub and
 * Ref of the pseudo parameters (left as `${AWS::…}` tokens, filled in later), Fn::Join of known parts. Anything
 * else (a Ref to a parameter or resource, Fn::GetAtt, Fn::If, …) becomes a `<…>` marker and is reported.
 */
export function resolveIntrinsics(value: unknown, unresolved: string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveIntrinsics(item, unresolved))
  if (!isRecord(value)) return value
  const keys = Object.keys(value)
  if (keys.length === 1 && keys[0] !== undefined && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'))) {
    return resolveFunction(keys[0], value[keys[0]], unresolved)
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveIntrinsics(item, unresolved)]))
}

function resolveFunction(name: string, argument: unknown, unresolved: string[]): unknown {
  if (name === 'Ref' && typeof argument === 'string' && argument.startsWith('AWS::')) return substitute(`\${${argument}}`, {}, unresolved)
  if (name === 'Fn::Sub' && typeof argument === 'string') return substitute(argument, {}, unresolved)
  if (name === 'Fn::Sub' && Array.isArray(argument) && typeof argument[0] === 'string' && isRecord(argument[1] ?? {})) {
    const variables = resolveIntrinsics(argument[1] ?? {}, unresolved) as Record<string, unknown>
    return substitute(argument[0], variables, unresolved)
  }
  if (name === 'Fn::Join' && Array.isArray(argument) && typeof argument[0] === 'string' && Array.isArray(argument[1])) {
    const parts = argument[1].map((part) => resolveIntrinsics(part, unresolved))
    if (parts.every((part) => typeof part === 'string')) return parts.join(argument[0])
  }
  const marker = `<${name} ${excerpt(argument)}>`
  unresolved.push(`${name} ${excerpt(argument)} cannot be worked out without deploying the template; it is kept as ${marker}.`)
  return marker
}

const KNOWN_PSEUDO = new Set(['AWS::Partition', 'AWS::AccountId', 'AWS::Region', 'AWS::URLSuffix'])

function substitute(text: string, variables: Record<string, unknown>, unresolved: string[]): string {
  return text.replace(/\$\{([^}!][^}]*)\}/g, (whole, name: string) => {
    const variable = variables[name]
    if (typeof variable === 'string') return variable
    if (KNOWN_PSEUDO.has(name)) return whole
    unresolved.push(`\${${name}} in "${excerpt(text)}" names a parameter or resource of the template; it is kept as <${name}>.`)
    return `<${name}>`
  })
}
