import type { RiskWarning } from '../../domain/risks/risk'

const SEVERITY_LABELS = { high: 'High risk', medium: 'Medium risk', low: 'Low risk' }

/** Renders warnings as data; it knows nothing of the rules that made them. */
export function RiskList({ risks, onGoToField }: { risks: RiskWarning[]; onGoToField: (field: string) => void }) {
  return (
    <section className="risks" aria-labelledby="risks-title">
      <h3 id="risks-title">Warnings ({risks.length})</h3>
      {risks.length === 0 ? (
        <p className="no-risks">No warnings: access is limited to what you chose.</p>
      ) : (
        <ul>
          {risks.map((risk) => (
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
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
