import type { Node } from 'jsonc-parser'

/** A string from the document with where it sits: [start, end) covers the JSON token, quotes included. */
export interface Located {
  text: string
  start: number
  end: number
}

export function rangeOf(node: Node): { start: number; end: number } {
  return { start: node.offset, end: node.offset + node.length }
}

export function located(node: Node, text: string): Located {
  return { text, ...rangeOf(node) }
}

/** The properties of an object node as [key node, value node] pairs, in document order. */
export function propertiesOf(node: Node): { key: Node; value: Node; property: Node }[] {
  if (node.type !== 'object') return []
  return (node.children ?? []).flatMap((property) => {
    const [key, value] = property.children ?? []
    return key && value ? [{ key, value, property }] : []
  })
}

/** A JSON string value, or a number/boolean written as one (IAM reads `true` and `"true"` alike in conditions). */
export function scalarText(node: Node): string | undefined {
  if (node.type === 'string') return node.value as string
  if (node.type === 'number' || node.type === 'boolean') return String(node.value)
  return undefined
}

/** A string or an array of strings (the shape of Action, Resource and principal values), else undefined. */
export function stringList(node: Node): Located[] | undefined {
  if (node.type === 'string') return [located(node, node.value as string)]
  if (node.type !== 'array') return undefined
  const items = node.children ?? []
  const strings = items.filter((item) => item.type === 'string').map((item) => located(item, item.value as string))
  return strings.length === items.length ? strings : undefined
}

/** The edit that removes one element of an array together with the comma that separates it from a neighbour. */
export function removeArrayItem(item: Node): { start: number; end: number; text: string } {
  const siblings = item.parent?.children ?? [item]
  const index = siblings.indexOf(item)
  const previous = siblings[index - 1]
  const next = siblings[index + 1]
  if (previous) return { start: previous.offset + previous.length, end: item.offset + item.length, text: '' }
  if (next) return { start: item.offset, end: next.offset, text: '' }
  return { start: item.offset, end: item.offset + item.length, text: '' }
}

/** A string value's replacement, escaped as JSON. */
export function replaceString(at: Located, value: string): { start: number; end: number; text: string } {
  return { start: at.start, end: at.end, text: JSON.stringify(value) }
}
