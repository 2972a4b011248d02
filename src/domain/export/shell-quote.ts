/**
 * One POSIX shell word that stands for `value` exactly. Single quotes, unless the value holds `$`, a backquote
 * or a backslash: then double quotes with `\ $ ` "` escaped, because shellcheck reads those in single quotes as
 * a mistake (SC2016, SC1003). Either way nothing in the value expands.
 */
export function shellQuote(value: string): string {
  if (/[$`\\]/.test(value)) return `"${value.replace(/[\\$`"]/g, '\\$&')}"`
  return `'${value.replaceAll("'", `'\\''`)}'`
}

/** `value` as one shell word, quoted only when it holds a character the shell would read (for commands people read). */
export function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : shellQuote(value)
}
