/**
 * One POSIX shell word that stands for `value` exactly. Single quotes, unless the value holds a dollar sign, a
 * backquote or a backslash: then double quotes, with backslash, dollar, backquote and double quote escaped,
 * because shellcheck reads those in single quotes as a mistake (SC2016, SC1003). Either way nothing expands.
 */
export function shellQuote(value: string): string {
  if (/[$`\\]/.test(value)) return `"${value.replace(/[\\$`"]/g, '\\$&')}"`
  return `'${value.replaceAll("'", `'\\''`)}'`
}

/** `value` as one shell word, quoted only when it holds a character the shell would read (for commands people read). */
export function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : shellQuote(value)
}
