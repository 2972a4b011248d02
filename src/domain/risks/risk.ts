export type RiskSeverity = 'high' | 'medium' | 'low'

/** A warning as data: rendered by a list that knows nothing of the rules. */
export interface RiskWarning {
  /** Stable id, also used as a React key and by tests. */
  id: string
  severity: RiskSeverity
  title: string
  detail: string
  /** What to do instead. */
  saferAlternative: string
  /** The form field that causes it, as a react-hook-form path. */
  field: string
  /**
   * Present on a warning that only informs: the documents grant nothing broader than was asked, but there is
   * something to know (case-sensitive names, tenants sharing roles). Such a warning can be acknowledged; the
   * acknowledgement holds while `answers`, the values of the answers it is about, stay the same.
   */
  informational?: { answers: string[] }
}
