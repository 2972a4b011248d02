// Loaded on demand (see use-code-blocks.ts): Prism's grammars through refractor, which returns a syntax tree
// instead of HTML, so nothing is ever parsed as markup. Only the four languages the preview shows.
import type { Element, Root, RootContent } from 'hast'
import { refractor } from 'refractor/core'
import bash from 'refractor/bash'
import hcl from 'refractor/hcl'
import json from 'refractor/json'
import yaml from 'refractor/yaml'
import type { CodeLanguage } from './code-language'

refractor.register(json)
refractor.register(bash)
refractor.register(yaml)
refractor.register(hcl)

const GRAMMARS: Record<CodeLanguage, string> = { json: 'json', shell: 'bash', yaml: 'yaml', hcl: 'hcl' }

/** One run of text and the token classes Prism gave it (empty for plain text), in document order. */
export interface HighlightSpan {
  text: string
  /** Space-separated Prism token types, such as "token property"; empty for plain text. */
  className: string
}

/** The text cut into runs, each with its token classes; joined, the runs are exactly the text. */
export function highlightSpans(text: string, language: CodeLanguage): HighlightSpan[] {
  const spans: HighlightSpan[] = []
  const walk = (nodes: readonly RootContent[], className: string) => {
    for (const node of nodes) {
      if (node.type === 'text') pushSpan(spans, node.value, className)
      else if (node.type === 'element') walk(node.children, classesOf(node) || className)
    }
  }
  const root: Root = refractor.highlight(text, GRAMMARS[language])
  walk(root.children, '')
  return spans
}

function classesOf(element: Element): string {
  const value = element.properties.className
  return Array.isArray(value) ? value.join(' ') : ''
}

function pushSpan(spans: HighlightSpan[], text: string, className: string) {
  const last = spans[spans.length - 1]
  if (last !== undefined && last.className === className) last.text += text
  else spans.push({ text, className })
}
