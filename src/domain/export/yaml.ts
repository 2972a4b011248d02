/** JSON-like values, as the renderers build them. */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value }

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/

/** A value that fits on one line (scalars, empty lists and maps), or null for a block. */
function inline(value: Value): string | null {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : null
  if (value !== null && typeof value === 'object') return Object.keys(value).length === 0 ? '{}' : null
  return typeof value === 'string' ? JSON.stringify(value) : String(value)
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
      const label = PLAIN_KEY.test(name) ? name : JSON.stringify(name)
      const line = inline(item)
      return line !== null ? `${indent}${label}: ${line}\n` : `${indent}${label}:\n${toYaml(item, `${indent}  `)}`
    })
    .join('')
}
