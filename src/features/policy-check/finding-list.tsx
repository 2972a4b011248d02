import { useId } from 'react'
import type { Finding, FindingSeverity } from '../../domain/policy-check/finding'
import './finding-list.css'

/** Severity in words: the colour only repeats it. */
const SEVERITY_LABELS: Record<FindingSeverity, string> = {
  error: 'Error',
  security: 'Security warning',
  warning: 'Warning',
  suggestion: 'Suggestion',
}

interface FindingListProps {
  /** Null while the checker is loading or running for the first time. */
  findings: readonly Finding[] | null
  /** "Apply fix: …" pressed; the owner applies finding.fix.edits to the document. */
  onApplyFix: (finding: Finding) => void
  /** A finding's message pressed; the owner shows its place (finding.start … finding.end) in the editor. */
  onSelect: (finding: Finding) => void
  headingLevel?: 3 | 4
}

/** Renders the checker's findings as data; it knows nothing of the checks. */
export function FindingList({ findings, onApplyFix, onSelect, headingLevel = 4 }: FindingListProps) {
  const titleId = useId()
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  return (
    <section className="findings" aria-labelledby={titleId}>
      <Heading id={titleId}>{findings === null ? 'Findings' : `Findings (${findings.length})`}</Heading>
      {findings === null ? (
        <p className="no-findings">Checking the document…</p>
      ) : findings.length === 0 ? (
        <p className="no-findings">No findings.</p>
      ) : (
        <ul>
          {findings.map((finding, index) => (
            <li key={`${finding.rule}-${finding.start}-${finding.end}-${index}`} className={`finding finding-${finding.severity}`} data-rule={finding.rule}>
              <button type="button" className="link finding-message" onClick={() => onSelect(finding)}>
                <span className="finding-severity">{SEVERITY_LABELS[finding.severity]}</span> {finding.message}
              </button>
              {finding.fix && (
                <button type="button" className="finding-fix" onClick={() => onApplyFix(finding)}>
                  Apply fix: {finding.fix.title}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
