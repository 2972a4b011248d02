import type { FieldProblem } from '../../domain/config/validate-config'
import { fieldLabel } from './field-labels'

interface ProblemLinksProps {
  problems: FieldProblem[]
  onGoToField: (field: string) => void
}

/** Each problem as "Field: message", the field name a button that leads to it. */
export function ProblemLinks({ problems, onGoToField }: ProblemLinksProps) {
  return (
    <ul>
      {problems.map((problem) => (
        <li key={`${problem.field}:${problem.message}`}>
          <button type="button" className="link" onClick={() => onGoToField(problem.field)}>
            {fieldLabel(problem.field)}
          </button>
          : {problem.message}
        </li>
      ))}
    </ul>
  )
}
