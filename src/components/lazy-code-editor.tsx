import { lazy, Suspense } from 'react'
import type { CodeEditorProps } from './code-editor'

const CodeEditor = lazy(() => import('./code-editor').then((module) => ({ default: module.CodeEditor })))

/** The code editor, loaded on demand so the wizard is usable before Monaco arrives. */
export function LazyCodeEditor(props: CodeEditorProps) {
  return (
    <Suspense fallback={<pre className="editor-fallback" aria-label={props.ariaLabel}>{props.value}</pre>}>
      <CodeEditor {...props} />
    </Suspense>
  )
}
