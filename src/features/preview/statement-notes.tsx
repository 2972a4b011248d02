import type { PolicyDocument } from '../../domain/iam/policy'
import { explainStatements } from '../../domain/documents/statement-notes'

/** One sentence per statement whose need is not obvious from its actions. */
export function StatementNotes({ document }: { document: PolicyDocument | null }) {
  const notes = explainStatements(document)
  if (notes.length === 0) return null
  return (
    <ul className="statement-notes" aria-label="Why these statements">
      {notes.map(({ sid, note }) => (
        <li key={sid}>{note}</li>
      ))}
    </ul>
  )
}
