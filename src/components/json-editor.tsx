// The one file that imports Monaco. It is loaded lazily (see lazy-json-editor.tsx), so this set-up runs
// only when the editor is first needed. Slim Monaco: core API, editor features and JSON, bundled locally.
import Editor, { loader } from '@monaco-editor/react'
import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/features/json/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import JsonWorker from 'monaco-editor/language/json/json.worker?worker'

self.MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker()
  },
}
loader.config({ monaco }) // without this, @monaco-editor/react fetches Monaco from a CDN

export interface JsonEditorProps {
  value: string
  ariaLabel: string
}

/** A read-only JSON view. */
export function JsonEditor({ value, ariaLabel }: JsonEditorProps) {
  return (
    <Editor
      height="100%"
      defaultLanguage="json"
      value={value}
      loading={<p className="editor-loading">Loading editor…</p>}
      options={{
        readOnly: true,
        ariaLabel,
        minimap: { enabled: false },
        automaticLayout: true,
        scrollBeyondLastLine: false,
        wordWrap: 'on',
        fontSize: 13,
        tabSize: 2,
      }}
    />
  )
}
