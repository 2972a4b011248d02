import type { Token } from './variables'

/** Whole-text match of tokens against a value; `any-run` (`*`) matches any run of characters, colons included. */
export function matchTokens(tokens: readonly Token[], value: string, ignoreCase = false): boolean {
  return toRegExp(tokens, ignoreCase).test(value)
}

function toRegExp(tokens: readonly Token[], ignoreCase: boolean): RegExp {
  const source = tokens
    .map((token) => (token === 'any-run' ? '[\\s\\S]*' : token === 'any-char' ? '[\\s\\S]' : escapeRegExp(token.literal)))
    .join('')
  return new RegExp(`^${source}$`, ignoreCase ? 'iu' : 'u')
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * ARN matching (IAM User Guide, ARN condition operators and the Resource element): case-sensitive, and each of
 * the six colon-separated parts (arn, partition, service, region, account, resource) is matched on its own, so a
 * `*` in the region never swallows the account. The resource part is the rest, colons and all. A pattern without
 * colons matches as a whole (`*` alone matches every ARN); one with fewer than five colons matches nothing.
 */
export function matchArnTokens(tokens: readonly Token[], arn: string): boolean {
  const patternParts = splitTokens(tokens)
  const valueParts = splitArn(arn)
  if (patternParts.length === 1) return matchTokens(tokens, arn)
  if (patternParts.length !== 6 || valueParts.length !== 6) return false
  return patternParts.every((part, index) => matchTokens(part, valueParts[index] ?? ''))
}

function splitArn(arn: string): string[] {
  const parts = arn.split(':')
  return parts.length < 6 ? parts : [...parts.slice(0, 5), parts.slice(5).join(':')]
}

/** Splits tokens on the first five colons of their literal text. */
function splitTokens(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]]
  for (const token of tokens) {
    if (typeof token !== 'object') {
      parts[parts.length - 1]?.push(token)
      continue
    }
    const pieces = token.literal.split(':')
    pieces.forEach((piece, index) => {
      if (index > 0) {
        if (parts.length < 6) parts.push([])
        else parts[parts.length - 1]?.push({ literal: ':' })
      }
      if (piece !== '') parts[parts.length - 1]?.push({ literal: piece })
    })
  }
  return parts
}
