// The statement guide's content, in a chunk of its own with the explanations (src/domain/explain): loaded when a
// statement is first pointed at or the list is opened. The frames around it are in statement-guide-frame.tsx.
import type { Config } from '../../domain/config/schema'
import { useExplanations } from './use-explanations'
import type { ViewItem } from './view-items'

/** "Statement 3 (ReadObjects)": how the guide names a statement. */
function statementName(index: number, sid: string): string {
  return `Statement ${index + 1}${sid === '' ? '' : ` (${sid})`}`
}

export interface StatementExplainedProps {
  config: Config
  item: ViewItem
  index: number
  onGoToField: (field: string) => void
}

/** Which answer wrote one statement, why it is needed, and a way to that answer. */
export function StatementExplained({ config, item, index, onGoToField }: StatementExplainedProps) {
  const explanation = useExplanations(config, item)?.[index]
  if (!explanation) return null
  return (
    <>
      <strong>{statementName(index, explanation.sid)}:</strong> {explanation.sentence}{' '}
      {explanation.field !== '' && (
        <button type="button" className="link" onClick={() => onGoToField(explanation.field)}>
          Change this answer
        </button>
      )}
    </>
  )
}

export interface StatementReasonsProps {
  config: Config
  item: ViewItem
  /** A statement focused or clicked in the list: the text marks it and scrolls to it. */
  onChoose: (index: number) => void
  onGoToField: (field: string) => void
}

/** Every statement with its reason and a way to its answer: the keyboard's and the phone's way to the same facts. */
export function StatementReasons({ config, item, onChoose, onGoToField }: StatementReasonsProps) {
  const explanations = useExplanations(config, item)
  if (!explanations) return null
  return (
    <ol>
      {explanations.map((explanation, index) => {
        const name = statementName(index, explanation.sid)
        return (
          <li key={index}>
            <button type="button" className="link" onFocus={() => onChoose(index)} onClick={() => onChoose(index)}>
              {name}
            </button>
            : {explanation.sentence}{' '}
            {explanation.field !== '' && (
              <button type="button" className="link" onClick={() => onGoToField(explanation.field)} aria-label={`Change the answer behind ${name}`}>
                Change
              </button>
            )}
          </li>
        )
      })}
    </ol>
  )
}
