import type { FieldProblem } from '../../domain/role/derive-role'

const FIELD_LABELS: Record<string, string> = {
  region: 'AWS Region',
  accountId: 'AWS account ID',
  roleName: 'Role name',
  rolePath: 'Role path',
  buckets: 'Buckets',
  'trust.applicationIds': 'Application IDs',
}

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
              {labelOf(problem.field)}
            </button>
            : {problem.message}
          </li>
        ))}
      </ul>
      {problems.length > shown.length && <p>…and {problems.length - shown.length} more.</p>}
    </div>
  )
}

function labelOf(field: string): string {
  const bucket = /^buckets\.(\d+)\.(name|prefix)$/.exec(field)
  if (bucket) return `Bucket ${Number(bucket[1]) + 1} ${bucket[2] === 'name' ? 'name' : 'key prefix'}`
  const app = /^trust\.applicationIds\.(\d+)\.id$/.exec(field)
  if (app) return `Application ${Number(app[1]) + 1} ID`
  return FIELD_LABELS[field] ?? field
}
