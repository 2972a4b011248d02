import { memo, type KeyboardEvent } from 'react'
import type { CodeLanguage } from './code-language'
import { useHighlighted } from './use-highlighted'

export interface CodeViewProps {
  value: string
  language: CodeLanguage
  ariaLabel: string
  /** Ctrl+F or ⌘F inside the view: the caller opens the code editor with its search. */
  onSearch?: () => void
}

/**
 * A document as selectable, highlighted text: on screen at first render, before any editor code has loaded,
 * and the same text Copy and Download give. Browser find works in it too.
 */
export const CodeView = memo(function CodeView({ value, language, ariaLabel, onSearch }: CodeViewProps) {
  const spans = useHighlighted(value, language)

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
        {spans === null
          ? value
          : spans.map((span, index) => (span.className === '' ? span.text : <span key={index} className={span.className}>{span.text}</span>))}
      </code>
    </pre>
  )
})
