/** One piece of pasted text: a JSON value, or text that was not one. */
export type PastedPiece = { kind: 'json'; value: unknown } | { kind: 'text'; text: string }

/**
 * Splits text holding several JSON values one after another (the output of several AWS CLI commands pasted
 * together) into its values. A value starts at a top-level `{` or `[` and ends at its matching bracket (brackets
 * inside strings do not count); whatever lies between values, or does not parse, comes back as text.
 */
export function splitJsonValues(text: string): PastedPiece[] {
  const pieces: PastedPiece[] = []
  let textStart = 0
  let index = 0
  while (index < text.length) {
    const char = text[index]
    if (char !== '{' && char !== '[') {
      index += 1
      continue
    }
    const end = matchingBracket(text, index)
    const value = end === -1 ? undefined : parseJson(text.slice(index, end + 1))
    if (end === -1 || value === undefined) {
      index += 1
      continue
    }
    pushText(pieces, text.slice(textStart, index))
    pieces.push({ kind: 'json', value: value.parsed })
    index = end + 1
    textStart = index
  }
  pushText(pieces, text.slice(textStart))
  return pieces
}

function pushText(pieces: PastedPiece[], text: string): void {
  if (text.trim() !== '') pieces.push({ kind: 'text', text: text.trim() })
}

function parseJson(text: string): { parsed: unknown } | undefined {
  try {
    return { parsed: JSON.parse(text) as unknown }
  } catch {
    return undefined
  }
}

/** The index of the bracket closing the one at `start`, or -1; a string's brackets and escapes are skipped. */
export function matchingBracket(text: string, start: number): number {
  let depth = 0
  let inString = false
  for (let i = start; i < text.length; i += 1) {
    const char = text[i]
    if (inString) {
      if (char === '\\') i += 1
      else if (char === '"') inString = false
    } else if (char === '"') {
      inString = true
    } else if (char === '{' || char === '[') {
      depth += 1
    } else if (char === '}' || char === ']') {
      depth -= 1
      if (depth === 0) return i
    }
  }
  return -1
}
