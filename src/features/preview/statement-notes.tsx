import type { StatementNote } from '../../domain/documents/statement-notes'

/** One sentence per statement whose need is not obvious from its actions. */
export function StatementNotes({ notes }: { notes: readonly StatementNote[] }) {
  if (notes.length === 0) return null
  return (
    <ul className="statement-notes" aria-label="Why these statements">
      {notes.map(({ sid, note }) => (
        <li key={sid}>{note}</li>
      ))}
    </ul>
  )
}
