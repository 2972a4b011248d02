import { Suspense } from 'react'
import { LazyReviewAnswers } from './lazy-review-answers'
import type { StepViewProps } from './steps'

/**
 * The journey's end: what the role can do, the warnings that still apply and the files (the app's review panel),
 * then every answer. The heading is here, not in a lazy part, so a new step always has one to focus.
 */
export function ReviewStep({ onEditStep, reviewPanel }: StepViewProps) {
  return (
    <>
      <h3>Review</h3>
      {reviewPanel}
      <Suspense fallback={null}>
        <LazyReviewAnswers onEditStep={onEditStep} />
      </Suspense>
    </>
  )
}
