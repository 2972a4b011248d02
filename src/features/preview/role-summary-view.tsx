import { useId, useMemo } from 'react'
import type { Config } from '../../domain/config/schema'
import { summarizeRole } from '../../domain/summary/role-summary'

/** What the role can and cannot do, in plain sentences (summarizeRole); each sentence says which it is. */
export function RoleSummaryView({ config }: { config: Config }) {
  const titleId = useId()
  const summary = useMemo(() => summarizeRole(config), [config])
  return (
    <section className="role-summary" aria-labelledby={titleId}>
      <h4 id={titleId}>What this role can and cannot do</h4>
      <ul className="summary-can" aria-label="What it can do">
        {summary.can.map((sentence) => (
          <li key={sentence}>{sentence}.</li>
        ))}
      </ul>
      <ul className="summary-cannot" aria-label="What it cannot do">
        {summary.cannot.map((sentence) => (
          <li key={sentence}>{sentence}.</li>
        ))}
      </ul>
    </section>
  )
}
