/** JSON-like values, as the renderers build them. */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value }

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * Characters a YAML parser may drop, change or read as a line break inside a double-quoted scalar, which
 * JSON.stringify leaves as they are: DEL and the C1 controls (outside YAML's printable set; U+0085 is a line
 * break in YAML 1.1), the Unicode line and paragraph separators, and the byte-order mark.
 */
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff]/g

/** A double-quoted YAML scalar that reads back as exactly `text`: a JSON string with YAML's unsafe characters escaped. */
export function yamlString(text: string): string {
  return JSON.stringify(text).replace(YAML_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** A value that fits on one line (scalars, empty lists and maps), or null for a block. */
function inline(value: Value): string | null {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : null
  if (value !== null && typeof value === 'object') return Object.keys(value).length === 0 ? '{}' : null
  return typeof value === 'string' ? yamlString(value) : String(value)
}

/**
 * Block-style YAML for JSON-like values. Strings are always double-quoted JSON strings (valid YAML 1.2
 * scalars), so no value can be misread as a number, a boolean or a tag.
 */
export function toYaml(value: Value, indent = ''): string {
  const single = inline(value)
  if (single !== null) return `${indent}${single}\n`
  if (Array.isArray(value)) {
    return value
      .map((item) => {
        const line = inline(item)
        return line !== null ? `${indent}- ${line}\n` : `${indent}- ${toYaml(item, `${indent}  `).trimStart()}`
      })
      .join('')
  }
  return Object.entries(value as { [key: string]: Value })
    .map(([name, item]) => {
      const label = PLAIN_KEY.test(name) ? name : yamlString(name)
      const line = inline(item)
      return line !== null ? `${indent}${label}: ${line}\n` : `${indent}${label}:\n${toYaml(item, `${indent}  `)}`
    })
    .join('')
}
