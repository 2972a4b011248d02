/** IAM's wildcards in Action and Resource values: `*` any run of characters, `?` any one character. */
export function wildcardRegExp(pattern: string, flags = ''): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')
  return new RegExp(`^${body}$`, flags)
}

export function hasWildcard(value: string): boolean {
  return value.includes('*') || value.includes('?')
}

/** Whether every string `inner` matches is matched by `outer` too (exact for the shapes IAM documents use). */
export function wildcardCovers(outer: string, inner: string, ignoreCase = false): boolean {
  if (!hasWildcard(inner)) return wildcardRegExp(outer, ignoreCase ? 'i' : '').test(inner)
  // A wildcard in inner must line up with one in outer: read inner's wildcards as literal characters and match
  // them against outer, where `*` still matches them. `s3:Get*` covers `s3:GetObject*`; `s3:*Object` does not
  // cover `s3:Get*`.
  const literal = (text: string) => text.replace(/[*?]/g, (c) => (c === '*' ? '\u0001' : '\u0002'))
  const body = literal(outer)
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\u0001/g, '.*')
    .replace(/\u0002/g, '[^\\u0001]')
  return new RegExp(`^${body}$`, ignoreCase ? 'i' : '').test(literal(inner))
}
