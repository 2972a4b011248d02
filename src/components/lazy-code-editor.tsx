import { Component, lazy, Suspense, type ReactNode } from 'react'
import type { CodeEditorProps } from './code-editor'
import { CodeView } from './code-view/code-view'
import { preloadCodeEditor } from './load-code-editor'

const CodeEditor = lazy(() => preloadCodeEditor().then((module) => ({ default: module.CodeEditor })))

interface LazyCodeEditorProps extends CodeEditorProps {
  /** Called when Monaco could not load; the text view stays on screen. */
  onLoadError: () => void
}

/** Monaco, loaded on demand: until it arrives (or if it never does) the highlighted text view shows the document. */
export function LazyCodeEditor({ onLoadError, ...props }: LazyCodeEditorProps) {
  const textView = <CodeView value={props.value} language={props.language} ariaLabel={props.ariaLabel} />
  return (
    <EditorLoadBoundary fallback={textView} onError={onLoadError}>
      <Suspense fallback={textView}>
        <CodeEditor {...props} />
      </Suspense>
    </EditorLoadBoundary>
  )
}

interface BoundaryProps {
  fallback: ReactNode
  onError: () => void
  children: ReactNode
}

/** Keeps a failed editor download (offline, blocked) from taking the page down with it. */
class EditorLoadBoundary extends Component<BoundaryProps, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  componentDidCatch() {
    this.props.onError()
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
