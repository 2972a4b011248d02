import { Suspense, useCallback, useMemo, useState } from 'react'
import { CodeView } from '../../components/code-view/code-view'
import { LazyCodeEditor } from '../../components/lazy-code-editor'
import type { Config } from '../../domain/config/schema'
import type { Placeholder } from '../../domain/draft/fill-placeholders'
import type { PreviewNotes } from './derive-preview'
import { DocumentActions } from './document-actions'
import { TrustNotes } from './trust-notes'
import { useExportModule } from './use-export-module'
import { StatementCard, StatementList } from './statement-guide-frame'
import { useStatementGuide } from './use-statement-guide'
import { useStatementRegions, useStepFollow } from './use-step-follow'
import type { PreviewTopic } from './step-focus'
import { DocumentPicker } from './document-picker'
import { EXPORT_ITEMS, exportItem, pendingExportItem, type ViewItem } from './view-items'
import { useDocumentEdit } from '../document-edit/use-document-edit'
import { LazyEditPanel } from '../document-edit/lazy-edit-panel'
import type { EditorMarker } from '../../components/editor-marker'

interface DocumentViewProps {
  config: Config
  /** The JSON documents, formatted (see derive-preview.ts). */
  items: ViewItem[]
  notes: PreviewNotes
  /** A draft's placeholders: marked in the text, and Copy and Download wait for the real answers. */
  placeholders?: readonly Placeholder[]
  /** What the wizard's current step is about: its document is shown and its statements marked. */
  topic: PreviewTopic | null
  onGoToField: (field: string) => void
}

type EditorState = 'closed' | 'open' | 'open-with-find' | 'failed'

export function DocumentView({ config, items, notes, placeholders, topic, onGoToField }: DocumentViewProps) {
  const { selectedId, setSelectedId, reveal, revealOne } = useStepFollow(topic, config.target)
  const [editor, setEditor] = useState<EditorState>('closed')
  // The checker's findings of the text they were made for: marks in the editor, and where a chosen one is.
  const [findings, setFindings] = useState<{ text: string; markers: readonly EditorMarker[] } | null>(null)
  const [shownFinding, setShownFinding] = useState<{ id: string; place: EditorMarker } | undefined>(undefined)
  const onFindings = useCallback((markers: EditorMarker[] | null, text: string) => setFindings(markers && { text, markers }), [])
  // One function for the life of the view, so a new preview with the same text does not render the text again.
  const openWithFind = useCallback(() => setEditor('open-with-find'), [])
  // One array while the placeholders stay the same, so the text is not rendered again for each new preview.
  const markKey = placeholders?.map((p) => p.value).join('\n') ?? ''
  const marks = useMemo(() => (markKey === '' ? undefined : markKey.split('\n')), [markKey])
  const isExport = EXPORT_ITEMS.some((e) => e.id === selectedId)
  const exports = useExportModule(isExport)
  const exported = useMemo(
    () =>
      !isExport
        ? undefined
        : exports.status === 'ready'
          ? exportItem(exports.module, config, selectedId)
          : pendingExportItem(selectedId, exports.status === 'failed'),
    [config, isExport, exports, selectedId],
  )
  const selected = exported ?? items.find((d) => d.id === selectedId) ?? items[0]
  const isDocument = exported === undefined && selected?.text !== null && selected?.text !== undefined
  const edit = useDocumentEdit(config.target, isDocument ? selected : undefined)
  const editing = edit.editing && isDocument && marks === undefined && editor !== 'failed'
  // The statement guide explains what the answers wrote: not a document the person edited.
  const guided = editing || selected?.generatedText !== undefined ? undefined : selected
  const guide = useStatementGuide(guided?.id, revealOne)
  const { statements, regions } = useStatementRegions(guided, topic, config.target, guide.chosen)
  if (!selected) return null
  const { managedPolicyArns } = notes
  const ariaLabel = `${selected.label} (${editing ? 'editable' : 'read-only'})`
  const editorOpen = editor === 'open' || editor === 'open-with-find' || editing
  const shownText = isDocument ? edit.text : selected.text
  const markers = editing && findings !== null && findings.text === shownText ? findings.markers : undefined

  return (
    <div className="document-view">
      <div className="document-toolbar">
        <DocumentPicker
          items={items}
          selectedId={selected.id}
          onSelect={(id) => {
            setSelectedId(id)
            if (editor === 'open-with-find') setEditor('open')
          }}
        />
        <DocumentActions label={selected.label} fileName={selected.fileName} text={shownText} draft={marks !== undefined} />
        <button
          type="button"
          aria-pressed={editorOpen && !editing}
          disabled={editor === 'failed'}
          onClick={() => {
            edit.setEditing(false)
            setEditor(editorOpen && !editing ? 'closed' : 'open')
          }}
          title="Search, fold and select in a code editor (loads about 1 MB once)"
        >
          Code editor
        </button>
        <button
          type="button"
          aria-pressed={editing}
          disabled={!isDocument || marks !== undefined || editor === 'failed'}
          onClick={() => {
            edit.setEditing(!editing)
            setEditor(editing ? 'closed' : 'open')
          }}
          title={marks !== undefined ? 'Answer the marked placeholders first' : 'Edit this JSON document: your edits replace the generated one'}
        >
          Edit
        </button>
      </div>
      {editor === 'failed' && (
        <p className="feedback" role="status">
          The code editor could not be loaded; the document stays as text (Copy and Download work as before).
        </p>
      )}
      {selected.id === 'permissions-policy' && managedPolicyArns.length > 0 && (
        <div className="managed-policies" aria-label="Attached managed policies" role="region">
          <h3>Attached managed policies</h3>
          <ul>
            {managedPolicyArns.map((arn) => (
              <li key={arn}>
                <code>{arn}</code>
              </li>
            ))}
          </ul>
          <p className="field-hint">Attach these to the role beside the inline permissions policy below.</p>
        </div>
      )}
      {selected.id === 'trust-policy' && <TrustNotes notes={notes} />}
      {statements.length > 0 && !editorOpen && <StatementCard config={config} item={selected} index={guide.pointed} onGoToField={onGoToField} />}
      {shownText !== null ? (
        <div className="editor-frame" data-language={selected.language}>
          {editing ? (
            <LazyCodeEditor
              key={`edit ${selected.id}`}
              value={edit.editorValue ?? ''}
              revision={edit.editorRevision}
              onChange={edit.onType}
              markers={markers}
              select={shownFinding?.id === selected.id ? shownFinding.place : undefined}
              language={selected.language}
              ariaLabel={ariaLabel}
              onLoadError={() => setEditor('failed')}
            />
          ) : editorOpen ? (
            <LazyCodeEditor
              key={selected.id}
              value={shownText}
              language={selected.language}
              ariaLabel={ariaLabel}
              startWithFind={editor === 'open-with-find'}
              onLoadError={() => setEditor('failed')}
            />
          ) : (
            <CodeView
              value={shownText}
              language={selected.language}
              ariaLabel={ariaLabel}
              onSearch={openWithFind}
              marks={marks}
              regions={regions}
              reveal={reveal}
              changesKey={selected.id}
              onPointRegion={guide.onPointRegion}
            />
          )}
        </div>
      ) : (
        <p className="document-absent">{selected.absentReason}</p>
      )}
      {isDocument && shownText !== null && (
        <div className="edit-panel-frame">
          <Suspense fallback={null}>
            <LazyEditPanel.Component
              config={config}
              item={selected}
              text={shownText}
              check={editing || selected.generatedText !== undefined}
              onReset={edit.reset}
              onFindings={onFindings}
              onReplaceText={edit.replaceText}
              onSelectFinding={(finding) => {
                if (!editing) {
                  edit.setEditing(true)
                  setEditor('open')
                }
                setShownFinding({ id: selected.id, place: { ...finding } })
              }}
            />
          </Suspense>
        </div>
      )}
      {statements.length > 0 && <StatementList {...guide.list} config={config} item={selected} count={statements.length} onGoToField={onGoToField} />}
    </div>
  )
}
