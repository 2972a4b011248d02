// The one file that imports Monaco. It is loaded only when a person opens the code editor (see
// lazy-code-editor.tsx), never on the way to the first paint. Slim Monaco: the core API and the features a
// document view and an edited JSON document use (find, folding, bracket matching, copy, context menu, word and
// line selection; hover, quick fixes and next-problem for the policy checker's marks), a Monarch tokenizer for
// JSON (no JSON language service and no JSON worker: the checker is our own), and the shell, YAML and HCL
// tokenizers for the exports, all bundled locally.
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
import 'monaco-editor/features/hover/register'
import 'monaco-editor/features/codeAction/register'
import 'monaco-editor/features/gotoError/register'
import 'monaco-editor/languages/definitions/shell/register'
import 'monaco-editor/languages/definitions/yaml/register'
import 'monaco-editor/languages/definitions/hcl/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import { useEffect, useRef } from 'react'
import { minimalEdit, type TextEdit } from '../lib/minimal-edit'
import type { EditorMarker, MarkerSeverity } from './editor-marker'
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

const SEVERITY: Record<MarkerSeverity, monaco.MarkerSeverity> = {
  error: monaco.MarkerSeverity.Error,
  security: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  suggestion: monaco.MarkerSeverity.Info,
}
const OWNER = 'policy-check'
/** The marks of each edited model, for the quick fixes below. */
const modelMarkers = new WeakMap<monaco.editor.ITextModel, readonly EditorMarker[]>()

function rangeOf(model: monaco.editor.ITextModel, start: number, end: number): monaco.Range {
  const from = model.getPositionAt(start)
  const to = model.getPositionAt(end)
  return new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column)
}

const toMonacoEdits = (model: monaco.editor.ITextModel, edits: readonly TextEdit[]) =>
  edits.map((edit) => ({ range: rangeOf(model, edit.start, edit.end), text: edit.text }))

// Quick fixes (Ctrl+. or the light bulb) for the marks under the cursor that have one.
monaco.languages.registerCodeActionProvider('json', {
  provideCodeActions(model, range) {
    const actions = (modelMarkers.get(model) ?? []).flatMap((marker) => {
      const markerRange = rangeOf(model, marker.start, marker.end)
      if (!marker.fix || !monaco.Range.areIntersectingOrTouching(markerRange, range)) return []
      const edits = toMonacoEdits(model, marker.fix.edits).map((edit) => ({ resource: model.uri, textEdit: edit, versionId: model.getVersionId() }))
      return [{ title: marker.fix.title, kind: 'quickfix', isPreferred: true, edit: { edits } }]
    })
    return { actions, dispose() {} }
  },
})

function showMarkers(model: monaco.editor.ITextModel, markers: readonly EditorMarker[]) {
  modelMarkers.set(model, markers)
  monaco.editor.setModelMarkers(
    model,
    OWNER,
    markers.map((marker) => ({
      ...rangeOf(model, marker.start, Math.max(marker.end, marker.start + 1)),
      severity: SEVERITY[marker.severity],
      message: marker.message,
    })),
  )
}

function showPlace(editor: monaco.editor.IStandaloneCodeEditor, model: monaco.editor.ITextModel, place: { start: number; end: number }) {
  const range = rangeOf(model, place.start, place.end)
  editor.setSelection(range)
  editor.revealRangeInCenterIfOutsideViewport(range)
  editor.focus()
}

export interface CodeEditorProps {
  value: string
  language: CodeLanguage
  ariaLabel: string
  /** Open the find widget as soon as the editor is ready (the person pressed Ctrl+F in the text view). */
  startWithFind?: boolean
  /** Editable: the person's text is the editor's own, reported through onChange. */
  onChange?: (text: string) => void
  /** Editable only: `value` replaces the person's text when this changes (a quick fix applied from the list). */
  revision?: number | string
  /** The policy checker's findings on the text as it is now, shown as squiggles with their quick fixes. */
  markers?: readonly EditorMarker[]
  /** Selects and shows this place (a finding chosen in the list); a new object each time it is asked for. */
  select?: { start: number; end: number }
}

/** A code view with syntax highlighting, search and folding; editable, with the checker's marks, when onChange is given. */
export function CodeEditor({ value, language, ariaLabel, startWithFind = false, onChange, revision = 0, markers, select }: CodeEditorProps) {
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null)
  const theme = THEMES[useColorScheme()]
  const editable = onChange !== undefined
  const onChangeRef = useRef(onChange)
  useEffect(() => {
    onChangeRef.current = onChange
  }, [onChange])

  // Later values reach the editor as the smallest edit, not a whole new text: the view keeps its scroll
  // position and folds, and a change of one bucket costs one line, not the document. An editable text is the
  // person's: the answers' echo of it (late, while they type on) never overwrites it; only a new revision does.
  const syncKey = editable ? `revision ${revision}` : value
  useEffect(() => {
    const editor = editorRef.current
    const model = editor?.getModel()
    if (!editor || !model) return
    const edit = minimalEdit(model.getValue(), value)
    if (edit === null) return
    // A fix applied from the list goes on the editor's undo stack; a read-only view just follows the answers.
    if (editable) editor.executeEdits(OWNER, toMonacoEdits(model, [edit]))
    else model.applyEdits(toMonacoEdits(model, [edit]))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `value` is read when the key says it applies
  }, [syncKey])

  const markersRef = useRef(markers)
  useEffect(() => {
    markersRef.current = markers
    const model = editorRef.current?.getModel()
    if (model) showMarkers(model, markers ?? [])
  }, [markers])

  const selectRef = useRef(select)
  useEffect(() => {
    selectRef.current = select
    const editor = editorRef.current
    const model = editor?.getModel()
    if (editor && model && select) showPlace(editor, model, select)
  }, [select])

  const onMount: OnMount = (editor) => {
    editorRef.current = editor
    const model = editor.getModel()
    if (model) showMarkers(model, markersRef.current ?? [])
    if (model && selectRef.current) showPlace(editor, model, selectRef.current)
    editor.onDidChangeModelContent(() => onChangeRef.current?.(editor.getValue()))
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
        readOnly: !editable,
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
