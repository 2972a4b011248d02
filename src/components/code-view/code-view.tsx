import { memo, useMemo, type CSSProperties, type KeyboardEvent } from 'react'
import type { CodeLanguage } from './code-language'
import { useCodeBlocks, type CodeBlock } from './use-code-blocks'

export interface CodeViewProps {
  value: string
  language: CodeLanguage
  ariaLabel: string
  /** Ctrl+F or ⌘F inside the view: the caller opens the code editor with its search. */
  onSearch?: () => void
}

/**
 * A document as selectable, highlighted text: on screen at first render, before any editor code has loaded,
 * and the same text Copy and Download give. Browser find works in it too. The text is laid out in blocks of
 * lines that the browser skips while they are off screen, so a document of 30,000 lines costs what its
 * visible part costs.
 */
export const CodeView = memo(function CodeView({ value, language, ariaLabel, onSearch }: CodeViewProps) {
  const blocks = useCodeBlocks(value, language)

  function onKeyDown(event: KeyboardEvent<HTMLPreElement>) {
    if (onSearch && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
      event.preventDefault()
      onSearch()
    }
  }

  return (
    // A focusable region so keyboard users can scroll it; its name says what it holds.
    <pre className="code-view" tabIndex={0} role="region" aria-label={ariaLabel} data-language={language} onKeyDown={onKeyDown}>
      <code>
        {blocks.map((block, index) => (
          <Block key={index} text={block.text} spans={block.spans} highlight={block.highlight} />
        ))}
      </code>
    </pre>
  )
})

const Block = memo(function Block({ text, spans: given, highlight }: CodeBlock) {
  const spans = useMemo(() => given ?? highlight?.(text) ?? null, [given, highlight, text])
  const lines = text.split('\n').length
  const style = { containIntrinsicSize: `auto ${lines * 1.45}em` } as CSSProperties
  return (
    <span className="code-block" style={style}>
      {spans === null ? text : spans.map((span, index) => (span.className === '' ? span.text : <span key={index} className={span.className}>{span.text}</span>))}
    </span>
  )
})
