/** IAM's wildcards in Action and Resource values: `*` any run of characters, `?` any one character. */
export function wildcardRegExp(pattern: string, flags = ''): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')
  return new RegExp(`^${body}$`, flags)
}

export function hasWildcard(value: string): boolean {
  return value.includes('*') || value.includes('?')
}

/**
 * Whether every string `inner` matches is matched by `outer` too. Inner's wildcards are read as characters that
 * only a wildcard of outer can stand for: `s3:Get*` covers `s3:GetObject*`; `s3:*Object` does not cover `s3:Get*`.
 */
export function wildcardCovers(outer: string, inner: string, ignoreCase = false): boolean {
  const a = ignoreCase ? outer.toLowerCase() : outer
  const b = ignoreCase ? inner.toLowerCase() : inner
  const memo = new Map<number, boolean>()
  const covers = (i: number, j: number): boolean => {
    const id = i * (b.length + 1) + j
    const known = memo.get(id)
    if (known !== undefined) return known
    let result: boolean
    if (i === a.length) result = j === b.length
    else if (a[i] === '*') result = covers(i + 1, j) || (j < b.length && covers(i, j + 1))
    else if (j === b.length || b[j] === '*') result = false
    else if (a[i] === '?') result = covers(i + 1, j + 1)
    else result = b[j] !== '?' && a[i] === b[j] && covers(i + 1, j + 1)
    memo.set(id, result)
    return result
  }
  return covers(0, 0)
}
