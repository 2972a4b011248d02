import { useCallback, useEffect, useRef, useState } from 'react'
import { useFormContext } from 'react-hook-form'
import type { EditableDocument } from '../../domain/config/document-edits-schema'
import type { ConfigInput, Target } from '../../domain/config/schema'
import { setEdit } from '../../domain/edits/set-edit'
import type { ViewItem } from '../preview/view-items'

/** How long typing pauses before the edit is saved into the answers (and so reaches the exports and the link). */
const SAVE_AFTER_MS = 250

interface Typed {
  id: string
  text: string
  /** The text is the generated one again (a reset): shown only until the preview says the edit is gone. */
  untilGenerated?: boolean
}

export interface DocumentEdit {
  editing: boolean
  setEditing: (editing: boolean) => void
  /** The document's text as the person sees it now: what they typed last, or the preview's. */
  text: string | null
  /** What the editor should hold, and when it must take it over the person's text (a reset, a fix). */
  editorValue: string | null
  editorRevision: string
  onType: (text: string) => void
  /** Replaces the text as a whole (a fix from the list) and saves it at once. */
  replaceText: (text: string) => void
  reset: () => void
}

/**
 * Editing the document on show: the person's text is saved into the answers' `documentEdits` after a pause in
 * typing (never lost: the edit is an answer like any other, so links, files, autosave and Undo carry it), and is
 * removed when it is the generated text again or on "Reset to generated".
 */
export function useDocumentEdit(target: Target, item: ViewItem | undefined): DocumentEdit {
  const { getValues, setValue } = useFormContext<ConfigInput>()
  const [editing, setEditing] = useState(false)
  const [typed, setTyped] = useState<Typed | null>(null)
  const [revision, setRevision] = useState(0)
  const pending = useRef<{ id: string; text: string | null; generated: string | null; timer: number } | null>(null)
  const id = item?.id
  const generated = item?.generatedText ?? item?.text ?? null

  const save = useCallback(
    (docId: string, text: string | null, generatedText: string | null) => {
      const edits = setEdit(getValues('documentEdits'), target, docId as EditableDocument, text, generatedText)
      setValue('documentEdits', edits, { shouldDirty: true })
      // Back to the generated text: once the preview has it, its text (which follows the answers) shows again.
      if (text === null || text === generatedText) setTyped((t) => t && { ...t, untilGenerated: true })
    },
    [getValues, setValue, target],
  )
  const flush = useCallback(() => {
    const waiting = pending.current
    if (!waiting) return
    window.clearTimeout(waiting.timer)
    pending.current = null
    save(waiting.id, waiting.text, waiting.generated)
  }, [save])
  // Typing saved before the document changes, or the view goes.
  useEffect(() => flush, [flush, id])

  const current = typed !== null && typed.id === id && !(typed.untilGenerated && item?.generatedText === undefined) ? typed : null
  const text = current?.text ?? item?.text ?? null
  return {
    editing,
    setEditing,
    text,
    editorValue: text,
    // While the person's own text is on show, the editor keeps it and takes a new one only on a new revision.
    editorRevision: current !== null || item?.generatedText !== undefined ? `edit ${revision}` : `generated ${item?.text ?? ''}`,
    onType(next) {
      if (id === undefined || next === text) return
      setTyped({ id, text: next })
      if (pending.current) window.clearTimeout(pending.current.timer)
      pending.current = { id, text: next, generated, timer: window.setTimeout(flush, SAVE_AFTER_MS) }
    },
    replaceText(next) {
      if (id === undefined) return
      setTyped({ id, text: next })
      setRevision((r) => r + 1)
      pending.current = { id, text: next, generated, timer: 0 }
      flush()
    },
    reset() {
      if (id === undefined) return
      if (pending.current) window.clearTimeout(pending.current.timer)
      pending.current = null
      setTyped({ id, text: generated ?? '', untilGenerated: true })
      setRevision((r) => r + 1)
      save(id, null, generated)
    },
  }
}
