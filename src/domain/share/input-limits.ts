/**
 * Limits on what the app reads from outside: share links, configuration files and the pasted trust policy.
 * Each is far above what a real input needs (a configuration with 1,000 buckets makes a link of about 10,000
 * characters, JSON of about 80,000 and a file of about 125 KB), and low enough that a hostile or damaged input
 * is refused in milliseconds, with a message that gives the limit and what to do, instead of freezing the tab.
 */
export const INPUT_LIMITS = {
  /** Characters of a share link's configuration part, checked before anything is decompressed. */
  linkChars: 100_000,
  /** Characters of a configuration's JSON: a link's once decompressed (the decompressor stops there), or a file's text. */
  configJsonChars: 1_000_000,
  /** Bytes of a configuration file, checked before it is read. */
  configFileBytes: 1_000_000,
  /** Levels of nested arrays and objects in any JSON read (a configuration needs 5, a trust policy 6). */
  jsonDepth: 64,
  /** Characters of a pasted trust policy: IAM accepts at most 4,096 characters of one, not counting white space. */
  trustPolicyChars: 20_000,
} as const

/** 100000 → "100,000", the same on every machine. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

/** 1536 → "1.5 KB", 1000000 → "1 MB", 10485760 → "10.5 MB" (decimal units, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`
  const [size, unit] = bytes < 1_000_000 ? [bytes / 1000, 'KB'] : [bytes / 1_000_000, 'MB']
  return `${Number(size.toFixed(1))} ${unit}`
}

/**
 * True when JSON text nests arrays and objects deeper than `maxDepth`. A single pass over the characters,
 * without recursion and without parsing, so it cannot exhaust the stack however deep the text goes.
 * For text that is not JSON the answer is approximate; JSON.parse rejects that text anyway.
 */
export function exceedsJsonDepth(text: string, maxDepth: number = INPUT_LIMITS.jsonDepth): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (inString) {
      if (code === 0x5c) i += 1 // a backslash escapes the next character
      else if (code === 0x22) inString = false
    } else if (code === 0x22) {
      inString = true
    } else if (code === 0x7b || code === 0x5b) {
      depth += 1
      if (depth > maxDepth) return true
    } else if (code === 0x7d || code === 0x5d) {
      depth -= 1
    }
  }
  return false
}

export interface CharacterPosition {
  character: string
  code: number
  line: number
  column: number
}

/** IAM policy documents accept only tab, line feed, carriage return and U+0020 to U+00FF. */
export function firstNonIamCharacter(text: string): CharacterPosition | undefined {
  let line = 1
  let column = 1
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0
    if (code > 0xff || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d)) {
      return { character, code, line, column }
    }
    if (character === '\n') {
      line += 1
      column = 1
    } else {
      column += 1
    }
  }
  return undefined
}

type Source = 'link' | 'file'

export function linkTooLongProblem(chars: number): string {
  return (
    `The link is too long to open: its configuration part has ${formatCount(chars)} characters, and this tool opens ` +
    `links of up to ${formatCount(INPUT_LIMITS.linkChars)}. Ask for the configuration file instead (Export ` +
    'configuration) and open it with Import configuration.'
  )
}

export function configTooLargeProblem(source: Source): string {
  const what = source === 'link' ? 'The link’s configuration unpacks to' : 'The file has'
  return (
    `${what} more than ${formatCount(INPUT_LIMITS.configJsonChars)} characters, the most this tool reads (a ` +
    `configuration with 1,000 buckets has about 80,000). ${askAgain(source)}`
  )
}

export function configTooDeepProblem(source: Source): string {
  return (
    `The ${source}’s configuration nests lists and objects more than ${INPUT_LIMITS.jsonDepth} levels deep, the most ` +
    `this tool reads (a real one needs 5), so it was not made by EMR Role Builder. ${askAgain(source)}`
  )
}

export function configFileTooLargeProblem(bytes: number): string {
  return (
    `The file is ${formatBytes(bytes)}; configuration files are at most ${formatBytes(INPUT_LIMITS.configFileBytes)} ` +
    '(one with 1,000 buckets is about 125 KB). Choose a file saved with Export configuration.'
  )
}

function askAgain(source: Source): string {
  return source === 'link'
    ? 'Ask whoever sent it for a new link made with Copy share link.'
    : 'Choose a file saved with Export configuration.'
}

/** Why pasted trust-policy text is refused before it is parsed: too long, a character IAM rejects, or too deep. */
export function trustPolicyTextProblem(text: string): string | undefined {
  if (text.length > INPUT_LIMITS.trustPolicyChars) {
    return (
      `The pasted trust policy has ${formatCount(text.length)} characters; this field takes at most ` +
      `${formatCount(INPUT_LIMITS.trustPolicyChars)}, as IAM accepts at most 4,096 in a trust policy (not counting ` +
      'spaces and line breaks). Paste only the output of aws iam get-role --query Role.AssumeRolePolicyDocument.'
    )
  }
  const bad = firstNonIamCharacter(text)
  if (bad !== undefined) {
    const codePoint = `U+${bad.code.toString(16).toUpperCase().padStart(4, '0')}`
    const shown = bad.code > 0xff && bad.character.trim() !== '' ? `“${bad.character}” (${codePoint})` : codePoint
    return (
      `The pasted trust policy contains ${shown} at line ${bad.line}, column ${bad.column}. IAM policy documents accept ` +
      'only tabs, line breaks and characters U+0020 to U+00FF: replace it (curly quotes with straight ones, for example).'
    )
  }
  if (exceedsJsonDepth(text)) {
    return (
      `The pasted trust policy nests lists and objects more than ${INPUT_LIMITS.jsonDepth} levels deep; a trust policy ` +
      'needs about 6. Paste the output of aws iam get-role --query Role.AssumeRolePolicyDocument.'
    )
  }
  return undefined
}
