// The one file that imports Monaco. It is loaded lazily (see lazy-code-editor.tsx), so this set-up runs
// only when the editor is first needed. Slim Monaco: core API, editor features, JSON with its worker, and
// the shell, YAML and HCL tokenizers for the exports, all bundled locally.
import Editor, { loader } from '@monaco-editor/react'
import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/features/json/register'
import 'monaco-editor/languages/definitions/shell/register'
import 'monaco-editor/languages/definitions/yaml/register'
import 'monaco-editor/languages/definitions/hcl/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import JsonWorker from 'monaco-editor/language/json/json.worker?worker'

self.MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker()
  },
}
loader.config({ monaco }) // without this, @monaco-editor/react fetches Monaco from a CDN

export type CodeLanguage = 'json' | 'shell' | 'yaml' | 'hcl'

export interface CodeEditorProps {
  value: string
  language: CodeLanguage
  ariaLabel: string
}

/** A read-only code view with syntax highlighting. */
export function CodeEditor({ value, language, ariaLabel }: CodeEditorProps) {
  return (
    <Editor
      height="100%"
      language={language}
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
