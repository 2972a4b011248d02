import type { TextEdit } from '../lib/minimal-edit'

/** How serious a mark in the editor is: the policy checker's severities. */
export type MarkerSeverity = 'error' | 'security' | 'warning' | 'suggestion'

/** A finding shown in the code editor: a squiggle over [start, end) with its message, and a quick fix if there is one. */
export interface EditorMarker {
  start: number
  end: number
  severity: MarkerSeverity
  message: string
  fix?: { title: string; edits: readonly TextEdit[] }
}
