import type { FieldProblem } from '../../domain/config/validate-config'
import { ProblemLinks } from './problem-links'

/** Why no documents can be built yet, each problem with a way to its field. */
export function ProblemList({ problems, onGoToField }: { problems: FieldProblem[]; onGoToField: (field: string) => void }) {
  const shown = problems.slice(0, 8)
  return (
    <div className="problems">
      <h3>Finish these answers to see the documents</h3>
      <ProblemLinks problems={shown} onGoToField={onGoToField} />
      {problems.length > shown.length && <p>…and {problems.length - shown.length} more.</p>}
    </div>
  )
}
