import type { FieldProblem } from '../../domain/role/derive-role'
import { fieldLabel } from './field-labels'

/** Why no documents can be built yet, each problem with a way to its field. */
export function ProblemList({ problems, onGoToField }: { problems: FieldProblem[]; onGoToField: (field: string) => void }) {
  const shown = problems.slice(0, 8)
  return (
    <div className="problems">
      <h3>Finish these answers to see the documents</h3>
      <ul>
        {shown.map((problem) => (
          <li key={`${problem.field}:${problem.message}`}>
            <button type="button" className="link" onClick={() => onGoToField(problem.field)}>
              {fieldLabel(problem.field)}
            </button>
            : {problem.message}
          </li>
        ))}
      </ul>
      {problems.length > shown.length && <p>…and {problems.length - shown.length} more.</p>}
    </div>
  )
}
