// The one file that imports Monaco. It is loaded only when a person opens the code editor (see
// lazy-code-editor.tsx), never on the way to the first paint. Slim Monaco: the core API and the features a
// read-only document view uses (find, folding, bracket matching, copy, context menu, word and line
// selection), a Monarch tokenizer for JSON (no JSON language service and no JSON worker), and the shell, YAML
// and HCL tokenizers for the exports, all bundled locally.
import Editor, { loader, type OnMount } from '@monaco-editor/react'
import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/codeEditor/register'
import 'monaco-editor/features/codicon/register'
import 'monaco-editor/features/find/register'
import 'monaco-editor/features/folding/register'
import 'monaco-editor/features/bracketMatching/register'
import 'monaco-editor/features/clipboard/register'
import 'monaco-editor/features/contextmenu/register'
import 'monaco-editor/features/wordOperations/register'
import 'monaco-editor/features/lineSelection/register'
import 'monaco-editor/features/readOnlyMessage/register'
import 'monaco-editor/languages/definitions/shell/register'
import 'monaco-editor/languages/definitions/yaml/register'
import 'monaco-editor/languages/definitions/hcl/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import { useEffect, useRef } from 'react'
import { minimalEdit } from '../lib/minimal-edit'
import { useColorScheme } from '../lib/use-color-scheme'
import type { CodeLanguage } from './code-view/code-language'
import { JSON_LANGUAGE, JSON_TOKENS, READABLE_DARK_THEME, READABLE_LIGHT_THEME } from './monaco-languages'

const THEMES = { light: 'emr-light', dark: 'emr-dark' } as const

self.MonacoEnvironment = {
  getWorker() {
    return new EditorWorker()
  },
}
loader.config({ monaco }) // without this, @monaco-editor/react fetches Monaco from a CDN
monaco.languages.register({ id: 'json', extensions: ['.json'], aliases: ['JSON'] })
monaco.languages.setLanguageConfiguration('json', JSON_LANGUAGE)
monaco.languages.setMonarchTokensProvider('json', JSON_TOKENS)
monaco.editor.defineTheme(THEMES.light, READABLE_LIGHT_THEME)
monaco.editor.defineTheme(THEMES.dark, READABLE_DARK_THEME)

export interface CodeEditorProps {
  value: string
  language: CodeLanguage
  ariaLabel: string
  /** Open the find widget as soon as the editor is ready (the person pressed Ctrl+F in the text view). */
  startWithFind?: boolean
}

/** A read-only code view with syntax highlighting, search and folding. */
export function CodeEditor({ value, language, ariaLabel, startWithFind = false }: CodeEditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null)
  const theme = THEMES[useColorScheme()]

  // Later values reach the editor as the smallest edit, not a whole new text: the view keeps its scroll
  // position and folds, and a change of one bucket costs one line, not the document.
  useEffect(() => {
    const model = editorRef.current?.getModel()
    if (!model) return
    const edit = minimalEdit(model.getValue(), value)
    if (edit === null) return
    const start = model.getPositionAt(edit.start)
    const end = model.getPositionAt(edit.end)
    model.applyEdits([{ range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: edit.text }])
  }, [value])

  const onMount: OnMount = (editor) => {
    editorRef.current = editor
    if (startWithFind) {
      // Once the editor has its size (the find widget places itself by it), open the search and focus its box.
      const startFind = () => {
        editor.focus()
        void editor.getAction('actions.find')?.run()
      }
      if (editor.getLayoutInfo().width > 0) startFind()
      else {
        const once = editor.onDidLayoutChange(() => {
          once.dispose()
          startFind()
        })
      }
    }
  }

  return (
    <Editor
      height="100%"
      language={language}
      theme={theme}
      defaultValue={value}
      onMount={onMount}
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
