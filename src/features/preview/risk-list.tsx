import { useId, useRef } from 'react'
import { acknowledgementKey, splitAcknowledged } from '../../domain/risks/acknowledgement'
import type { RiskWarning } from '../../domain/risks/risk'
import { setAcknowledged, useAcknowledged } from '../../lib/acknowledged-store'

const SEVERITY_LABELS = { high: 'High risk', medium: 'Medium risk', low: 'Low risk' }

interface RiskListProps {
  /** Null while the risk rules have not run yet (the first documents are shown before them). */
  risks: RiskWarning[] | null
  onGoToField: (field: string) => void
  /** 4 under a heading of its own (the review step). */
  headingLevel?: 3 | 4
  /** Told when "Got it" or "Show again" is pressed, to say so where the list's owner keeps its one status line. */
  onAcknowledged?: (risk: RiskWarning, acknowledged: boolean) => void
}

/**
 * Renders warnings as data; it knows nothing of the rules that made them. A warning that only informs has "Got it":
 * acknowledged, it shrinks to one line until the answer it is about changes (see acknowledgementKey).
 */
export function RiskList({ risks, onGoToField, headingLevel = 3, onAcknowledged }: RiskListProps) {
  const titleId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const { active, quiet } = splitAcknowledged(risks ?? [], useAcknowledged())
  const Heading = headingLevel === 4 ? 'h4' : 'h3'

  function acknowledge(risk: RiskWarning, acknowledged: boolean) {
    setAcknowledged(acknowledgementKey(risk) ?? '', acknowledged)
    onAcknowledged?.(risk, acknowledged)
    heading.current?.focus() // the button pressed is gone
  }

  return (
    <section className="risks" aria-labelledby={titleId}>
      <Heading id={titleId} ref={heading} tabIndex={-1}>
        {risks === null ? 'Warnings' : `Warnings (${active.length})`}
      </Heading>
      {risks === null ? (
        <p className="no-risks">Checking the answers for broad access…</p>
      ) : active.length === 0 ? (
        <p className="no-risks">No warnings: access is limited to what you chose.</p>
      ) : (
        <ul>
          {active.map((risk) => (
            <li key={risk.id} className={`risk risk-${risk.severity}`} data-risk-id={risk.id}>
              <p className="risk-title">
                <span className="risk-severity">{SEVERITY_LABELS[risk.severity]}</span> {risk.title}
              </p>
              <p>{risk.detail}</p>
              <p>
                <strong>Safer:</strong> {risk.saferAlternative}
              </p>
              <button type="button" className="link" onClick={() => onGoToField(risk.field)}>
                Change this answer
              </button>
              {risk.informational && (
                <button type="button" className="link" onClick={() => acknowledge(risk, true)}>
                  Got it
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {quiet.length > 0 && (
        <ul>
          {quiet.map((risk) => (
            <li key={risk.id} className="risk-quiet">
              Acknowledged: {risk.title}{' '}
              <button type="button" className="link" onClick={() => acknowledge(risk, false)}>
                Show again
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
