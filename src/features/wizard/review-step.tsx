import { ReviewAnswers } from './review-answers'
import type { StepViewProps } from './steps'

/**
 * The journey's end: what the role can do, the warnings that still apply and the files (the app's review panel),
 * then every answer. In the later steps' chunk (lazy-steps.ts), so the first page load does not carry it.
 */
export function ReviewStep({ onEditStep, reviewPanel }: StepViewProps) {
  return (
    <>
      <h3>Review</h3>
      {reviewPanel}
      <ReviewAnswers onEditStep={onEditStep} />
    </>
  )
}
