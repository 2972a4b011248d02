/** What the checker says about one place in a policy document. Data, not UI: the editor and the list render it. */

/**
 * error: IAM rejects the document or a part of it never works; security: it grants more than it seems to;
 * warning: probably not what was meant; suggestion: works, but could be clearer or smaller.
 */
export type FindingSeverity = 'error' | 'security' | 'warning' | 'suggestion'

/** One replacement in the document text: the characters [start, end) become `text`. */
export interface TextEdit {
  start: number
  end: number
  text: string
}

export interface FindingFix {
  title: string
  /** Non-overlapping edits on the text the finding was computed from. */
  edits: TextEdit[]
}

export interface Finding {
  /** Stable id of the check, e.g. `unknown-action`. */
  rule: string
  severity: FindingSeverity
  /** One line, no trailing full stop needed. */
  message: string
  /** Offsets into the checked text, end exclusive: the offending value (a string value includes its quotes). */
  start: number
  end: number
  fix?: FindingFix
}

export type DocumentKind = 'permissions' | 'trust' | 'submitter'

/** What the checker knows about the document besides its text. */
export interface PolicyCheckContext {
  kind: DocumentKind
  /** The role the document belongs to (trust: the base36 `sub` check needs it). */
  roleName?: string
  accountId?: string
  partition?: string
}

/** Severities from most to least serious, for sorting and for exit codes. */
export const SEVERITY_ORDER: readonly FindingSeverity[] = ['error', 'security', 'warning', 'suggestion']
