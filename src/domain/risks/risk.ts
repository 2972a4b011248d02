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
}
