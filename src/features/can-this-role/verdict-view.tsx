import type { Evaluation } from '../../domain/evaluate/types'
import { describeEvaluation, describeStatement } from './questions'

/** The answer, announced politely as it changes: verdict, deciding (or nearest) statement, and why. */
export function VerdictView({ evaluation, empty }: { evaluation: Evaluation; empty: boolean }) {
  const { verdict, statements, why } = describeEvaluation(evaluation)
  return (
    <output className={`can-this-role-verdict verdict-${evaluation.verdict}`} aria-live="polite">
      {empty ? (
        <p>There is no such document to ask.</p>
      ) : (
        <>
          <p className="verdict-headline">{verdict}</p>
          {statements.length > 0 && (
            <ul>
              {statements.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <p>{why}</p>
        </>
      )}
      {evaluation.unusable.length > 0 && (
        <>
          <p>Skipped as unusable:</p>
          <ul>
            {evaluation.unusable.map((item) => (
              <li key={`${item.policy}-${item.index ?? 'all'}-${item.problem}`}>
                {item.index === undefined ? item.policy : describeStatement({ policy: item.policy, index: item.index })}: {item.problem}
              </li>
            ))}
          </ul>
        </>
      )}
    </output>
  )
}
