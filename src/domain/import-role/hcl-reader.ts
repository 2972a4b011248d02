/**
 * A small, tolerant reader for the Terraform (HCL) that declares IAM roles: blocks with labels, attributes, and the
 * expressions such files use for them (strings with ${…}, heredocs, numbers, booleans, lists, objects, function
 * calls such as jsonencode(…), references such as aws_iam_role.job.id). Not a full HCL parser: operators,
 * conditionals and for-expressions are not read; an attribute it cannot read is skipped and reported.
 */

/** A reference or an expression the reader keeps as text (aws_iam_role.job.id, file("x.json")). */
export interface HclExpression {
  expression: string
}
export type HclValue = string | number | boolean | null | HclValue[] | { [key: string]: HclValue } | HclExpression

export interface HclBlock {
  type: string
  labels: string[]
  attributes: Map<string, HclValue>
  blocks: HclBlock[]
  line: number
}

export const isExpression = (value: unknown): value is HclExpression =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && 'expression' in value

class HclError extends Error {}

export function readHcl(text: string, problems: string[]): HclBlock[] {
  const reader = new Reader(text, problems)
  return reader.body(true).blocks
}

class Reader {
  pos = 0
  private readonly text: string
  private readonly problems: string[]
  constructor(text: string, problems: string[]) {
    this.text = text
    this.problems = problems
  }

  line(at = this.pos): number {
    let count = 1
    for (let i = 0; i < at && i < this.text.length; i += 1) if (this.text[i] === '\n') count += 1
    return count
  }

  /** Skips spaces, newlines (when `newlines`) and comments. */
  skip(newlines = true): void {
    for (;;) {
      const rest = this.text.slice(this.pos, this.pos + 2)
      const char = this.text[this.pos]
      if (char === ' ' || char === '\t' || char === '\r' || (newlines && char === '\n')) this.pos += 1
      else if (char === '#' || rest === '//') this.pos = this.endOfLine()
      else if (rest === '/*') {
        const end = this.text.indexOf('*/', this.pos + 2)
        this.pos = end === -1 ? this.text.length : end + 2
      } else return
    }
  }

  endOfLine(): number {
    const end = this.text.indexOf('\n', this.pos)
    return end === -1 ? this.text.length : end
  }

  body(top: boolean): { attributes: Map<string, HclValue>; blocks: HclBlock[] } {
    const attributes = new Map<string, HclValue>()
    const blocks: HclBlock[] = []
    for (;;) {
      this.skip()
      if (this.pos >= this.text.length) {
        if (!top) throw new HclError('a block is not closed')
        return { attributes, blocks }
      }
      if (this.text[this.pos] === '}') {
        if (top) throw new HclError('an unexpected "}"')
        this.pos += 1
        return { attributes, blocks }
      }
      const start = this.pos
      try {
        this.item(attributes, blocks)
      } catch (error) {
        if (!(error instanceof HclError) || this.pos >= this.text.length) throw error
        this.problems.push(`Terraform line ${this.line(start)} could not be read (${error.message}); it was skipped.`)
        this.pos = Math.max(this.endOfLine(), start + 1)
      }
    }
  }

  item(attributes: Map<string, HclValue>, blocks: HclBlock[]): void {
    const line = this.line()
    const name = this.identifier() ?? this.quoted()
    this.skip(false)
    if (this.text[this.pos] === '=' && this.text[this.pos + 1] !== '=') {
      this.pos += 1
      attributes.set(name, this.value())
      return
    }
    const labels: string[] = []
    for (;;) {
      this.skip(false)
      if (this.text[this.pos] === '{') break
      labels.push(this.text[this.pos] === '"' ? this.quoted() : this.identifier() ?? this.fail('a block label'))
    }
    this.pos += 1
    const inner = this.body(false)
    blocks.push({ type: name, labels, line, ...inner })
  }

  fail(what: string): never {
    throw new HclError(`expected ${what} at "${this.text.slice(this.pos, this.pos + 20).split('\n')[0] ?? ''}"`)
  }

  identifier(): string | undefined {
    const match = /^[A-Za-z_][\w-]*/.exec(this.text.slice(this.pos, this.pos + 200))
    if (!match) return undefined
    this.pos += match[0].length
    return match[0]
  }

  quoted(): string {
    if (this.text[this.pos] !== '"') this.fail('a name')
    return this.string()
  }

  value(): HclValue {
    this.skip()
    const char = this.text[this.pos]
    if (char === '"') return this.string()
    if (char === '[') return this.list()
    if (char === '{') return this.object()
    if (this.text.startsWith('<<', this.pos)) return this.heredoc()
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 40))
    if (number) {
      this.pos += number[0].length
      return Number(number[0])
    }
    const start = this.pos
    const name = this.identifier() ?? this.fail('a value')
    if (name === 'true' || name === 'false') return name === 'true'
    if (name === 'null') return null
    if (this.text[this.pos] === '(') return this.call(name, start)
    while (this.text[this.pos] === '.' || this.text[this.pos] === '[') {
      if (this.text[this.pos] === '[') this.list()
      else {
        this.pos += 1
        if (this.text[this.pos] === '*') this.pos += 1
        else if (this.identifier() === undefined) this.fail('a name after "."')
      }
    }
    return { expression: this.text.slice(start, this.pos) }
  }

  call(name: string, start: number): HclValue {
    this.pos += 1
    const args: HclValue[] = []
    for (;;) {
      this.skip()
      if (this.text[this.pos] === ')') break
      args.push(this.value())
      this.skip()
      if (this.text[this.pos] === ',') this.pos += 1
      else if (this.text[this.pos] !== ')') this.fail('"," or ")"')
    }
    this.pos += 1
    const [first] = args
    if (name === 'jsonencode' && args.length === 1 && first !== undefined) return first
    return { expression: this.text.slice(start, this.pos) }
  }

  list(): HclValue[] {
    this.pos += 1
    const items: HclValue[] = []
    for (;;) {
      this.skip()
      if (this.text[this.pos] === ']') break
      items.push(this.value())
      this.skip()
      if (this.text[this.pos] === ',') this.pos += 1
      else if (this.text[this.pos] !== ']') this.fail('"," or "]"')
    }
    this.pos += 1
    return items
  }

  object(): { [key: string]: HclValue } {
    this.pos += 1
    const entries: [string, HclValue][] = []
    for (;;) {
      this.skip()
      if (this.text[this.pos] === '}') break
      const key = this.text[this.pos] === '"' ? this.string() : (this.identifier() ?? this.fail('a key'))
      this.skip(false)
      if (this.text[this.pos] !== '=' && this.text[this.pos] !== ':') this.fail('"=" or ":"')
      this.pos += 1
      entries.push([key, this.value()])
      this.skip()
      if (this.text[this.pos] === ',') this.pos += 1
    }
    this.pos += 1
    return Object.fromEntries(entries)
  }

  /** A quoted string; ${…} interpolations are kept as written, $${ and %%{ become ${ and %{. */
  string(): string {
    let out = ''
    this.pos += 1
    while (this.pos < this.text.length) {
      const char = this.text[this.pos] ?? ''
      if (char === '"') {
        this.pos += 1
        return out
      }
      if (char === '\n') break
      if (char === '\\') {
        const next = this.text[this.pos + 1] ?? ''
        const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' }
        if (next === 'u') {
          out += String.fromCharCode(parseInt(this.text.slice(this.pos + 2, this.pos + 6), 16) || 0)
          this.pos += 6
        } else {
          out += escapes[next] ?? next
          this.pos += 2
        }
      } else if ((char === '$' || char === '%') && this.text.startsWith(`${char}${char}{`, this.pos)) {
        out += `${char}{`
        this.pos += 3
      } else if (char === '$' && this.text[this.pos + 1] === '{') {
        const end = this.text.indexOf('}', this.pos)
        if (end === -1) break
        out += this.text.slice(this.pos, end + 1)
        this.pos = end + 1
      } else {
        out += char
        this.pos += 1
      }
    }
    return this.fail('a closing quote')
  }

  heredoc(): string {
    const match = /^<<(-?)([A-Za-z_]\w*)[ \t]*\r?\n/.exec(this.text.slice(this.pos, this.pos + 100))
    if (!match) return this.fail('a heredoc marker')
    const marker = match[2] ?? ''
    const start = this.pos + match[0].length
    const end = new RegExp(`^[ \\t]*${marker}[ \\t]*$`, 'm')
    const found = end.exec(this.text.slice(start))
    if (!found) return this.fail(`the heredoc's closing ${marker}`)
    this.pos = start + found.index + found[0].length
    return this.text.slice(start, start + found.index)
  }
}
