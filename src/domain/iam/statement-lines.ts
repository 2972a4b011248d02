/**
 * Where each statement stands in a policy's formatted text (`formatPolicy`: JSON with two-space indentation),
 * found by reading the lines once, so a view can mark a statement or tell which one is under the pointer
 * without parsing the document again.
 */
export interface StatementLines {
  /** The statement's Sid, or null when it has none. */
  sid: string | null
  /** Its place in `Statement` (0-based). */
  index: number
  /** Its first line (the opening brace) and the line after its closing brace, 0-based. */
  from: number
  to: number
  /** Its actions (or NotActions), as written. */
  actions: string[]
}

const STATEMENT_LIST = '  "Statement": ['
const OPEN = '    {'
const CLOSE = /^ {4}\},?$/
const SID = /^ {6}"Sid": (".*"),?$/
const ACTION_ONE = /^ {6}"(?:Not)?Action": (".*"),?$/
const ACTION_LIST = /^ {6}"(?:Not)?Action": \[$/
const LIST_ITEM = /^ {8}(".*"),?$/
const LIST_END = /^ {6}\],?$/

/** The statements of a formatted policy, in order; none when the text is not a formatted policy. */
export function locateStatements(text: string): StatementLines[] {
  const lines = text.split('\n')
  const start = lines.indexOf(STATEMENT_LIST)
  if (start === -1) return []
  const statements: StatementLines[] = []
  let current: StatementLines | null = null
  let inActions = false
  for (let line = start + 1; line < lines.length; line += 1) {
    const content = lines[line] as string
    if (current === null) {
      if (content === OPEN) current = { sid: null, index: statements.length, from: line, to: line + 1, actions: [] }
      else if (content.startsWith('  ]')) break
      continue
    }
    if (CLOSE.test(content)) {
      current.to = line + 1
      statements.push(current)
      current = null
      inActions = false
    } else if (inActions) {
      const item = LIST_ITEM.exec(content)
      if (item) current.actions.push(jsonString(item[1]))
      else if (LIST_END.test(content)) inActions = false
    } else {
      const sid = SID.exec(content)
      const action = ACTION_ONE.exec(content)
      if (sid) current.sid = jsonString(sid[1])
      else if (action) current.actions.push(jsonString(action[1]))
      else if (ACTION_LIST.test(content)) inActions = true
    }
  }
  return statements
}

/** The statement that holds a line, if any. */
export function statementAtLine(statements: readonly StatementLines[], line: number): StatementLines | undefined {
  let low = 0
  let high = statements.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const statement = statements[middle] as StatementLines
    if (line < statement.from) high = middle - 1
    else if (line >= statement.to) low = middle + 1
    else return statement
  }
  return undefined
}

function jsonString(quoted: string | undefined): string {
  try {
    const value: unknown = JSON.parse(quoted ?? '')
    return typeof value === 'string' ? value : ''
  } catch {
    return ''
  }
}
