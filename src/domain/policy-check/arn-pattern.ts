/**
 * Whether a Resource value (with IAM wildcards, and policy variables read as wildcards) can name a resource of a
 * type whose ARN pattern the Service Authorization Reference gives, e.g. `arn:${Partition}:s3:::${BucketName}`.
 *
 * A placeholder stands for one or more characters. Most may hold `/` and `:` (log group names, role paths, object
 * keys), but partition, region, account, bucket names and ids never do: that is what tells a bucket ARN from an
 * object ARN, or an EMR Serverless application from its job runs.
 */

type Token = { kind: 'char'; char: string } | { kind: 'any' } | { kind: 'one' } | { kind: 'var'; slashes: boolean }

const NO_SLASH = /^(Partition|Region|Account|BucketName|.*Id)$/

function resourceTokens(value: string): Token[] {
  const withoutVariables = value.replace(/\$\{[^}]*\}/g, '*')
  return [...withoutVariables].map((char): Token => (char === '*' ? { kind: 'any' } : char === '?' ? { kind: 'one' } : { kind: 'char', char }))
}

function patternTokens(pattern: string): Token[] {
  const tokens: Token[] = []
  for (const part of pattern.split(/(\$\{[^}]*\})/)) {
    const variable = /^\$\{([^}]*)\}$/.exec(part)
    if (variable) tokens.push({ kind: 'var', slashes: !NO_SLASH.test(variable[1] ?? '') })
    else for (const char of part) tokens.push({ kind: 'char', char })
  }
  return tokens
}

const patternRegExps = new Map<string, RegExp>()

/** The pattern as a regular expression, for a Resource value without wildcards (the common, fast case). */
function patternRegExp(pattern: string): RegExp {
  let regExp = patternRegExps.get(pattern)
  if (!regExp) {
    const body = patternTokens(pattern)
      .map((t) => (t.kind === 'var' ? (t.slashes ? '.+' : '[^/:]+') : t.kind === 'char' ? t.char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : ''))
      .join('')
    regExp = new RegExp(`^${body}$`)
    patternRegExps.set(pattern, regExp)
  }
  return regExp
}

/** Some string matches both: a search over (resource position, pattern position, inside a placeholder). */
export function arnPatternMatches(resource: string, pattern: string): boolean {
  if (!/[*?]|\$\{/.test(resource)) return patternRegExp(pattern).test(resource)
  const r = resourceTokens(resource)
  const p = patternTokens(pattern)
  const seen = new Set<string>()
  const stack: [number, number, boolean][] = [[0, 0, false]]
  const push = (i: number, j: number, inVar: boolean) => {
    const id = `${i},${j},${inVar}`
    if (!seen.has(id)) {
      seen.add(id)
      stack.push([i, j, inVar])
    }
  }
  while (stack.length > 0) {
    const [i, j, inVar] = stack.pop() ?? [0, 0, false]
    const rt = r[i]
    const pt = p[j]
    if (!rt && !pt) return true
    if (pt?.kind === 'var' && inVar) push(i, j + 1, false) // the placeholder may end here
    if (rt?.kind === 'any') push(i + 1, j, inVar) // `*` matches nothing
    if (!rt || !pt) continue
    // A character the resource side offers: a literal, or any character from a wildcard.
    const offers = (test: (c: string | undefined) => boolean) => (rt.kind === 'char' ? test(rt.char) : true)
    const next = rt.kind === 'any' ? i : i + 1
    if (pt.kind === 'char' && offers((c) => c === pt.char)) push(next, j + 1, false)
    if (pt.kind === 'var' && offers((c) => pt.slashes || (c !== '/' && c !== ':'))) push(next, j, true)
  }
  return false
}
