import { lazy, Suspense } from 'react'
import type { JsonEditorProps } from './json-editor'

const JsonEditor = lazy(() => import('./json-editor').then((module) => ({ default: module.JsonEditor })))

/** The JSON editor, loaded on demand so the wizard is usable before Monaco arrives. */
export function LazyJsonEditor(props: JsonEditorProps) {
  return (
    <Suspense fallback={<pre className="editor-fallback" aria-label={props.ariaLabel}>{props.value}</pre>}>
      <JsonEditor {...props} />
    </Suspense>
  )
}
