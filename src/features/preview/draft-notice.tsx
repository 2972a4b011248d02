import type { Placeholder } from '../../domain/draft/fill-placeholders'
import { ProblemLinks } from './problem-links'

interface DraftNoticeProps {
  placeholders: readonly Placeholder[]
  onGoToField: (field: string) => void
}

/** Says that the documents below are a draft: which placeholder stands for which answer, each with a way to it. */
export function DraftNotice({ placeholders, onGoToField }: DraftNoticeProps) {
  const count = placeholders.length
  const problems = placeholders.map(({ field, value, standsFor }) => ({ field, message: `“${value}” stands for ${standsFor}.` }))
  return (
    <div className="problems draft-notice" role="note" aria-labelledby="draft-title">
      <h3 id="draft-title">A draft: {count === 1 ? '1 answer is' : `${count} answers are`} still to come</h3>
      <p>
        Placeholders stand in for {count === 1 ? 'it' : 'them'} below, marked like <mark className="placeholder">this</mark>. Copy and
        Download wait until every answer is in.
      </p>
      <ProblemLinks problems={problems} onGoToField={onGoToField} />
    </div>
  )
}
