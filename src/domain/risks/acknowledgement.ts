import type { RiskWarning } from './risk'

/**
 * What an acknowledgement of a warning that only informs is keyed by: the rule's id and the values of the answers
 * the warning is about. Change one of those answers and the key changes, so the warning speaks up again. Undefined
 * for a warning that cannot be acknowledged (one about access broader than it needs to be). A key is JSON text
 * on one line: line breaks in the values are escaped.
 */
export function acknowledgementKey(risk: RiskWarning): string | undefined {
  return risk.informational && JSON.stringify([risk.id, ...risk.informational.answers])
}

/** The warnings still to show, and those acknowledged for the answers as they are now. */
export function splitAcknowledged(risks: readonly RiskWarning[], acknowledged: ReadonlySet<string>) {
  const active: RiskWarning[] = []
  const quiet: RiskWarning[] = []
  for (const risk of risks) {
    const key = acknowledgementKey(risk)
    if (key !== undefined && acknowledged.has(key)) quiet.push(risk)
    else active.push(risk)
  }
  return { active, quiet }
}
