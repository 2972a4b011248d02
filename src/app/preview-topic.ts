import type { PreviewTopic } from '../features/preview/step-focus'
import type { StepId } from '../features/wizard/steps'

/** What each wizard step is about, for the preview: the role and review steps have no statements of their own. */
const TOPIC_OF_STEP: Record<StepId, PreviewTopic | null> = {
  role: null,
  clusters: 'trust',
  s3: 's3',
  glue: 'glue',
  logs: 'logs',
  trust: 'trust',
  submitters: 'submitters',
  review: null,
}

export function topicOfStep(step: StepId | undefined): PreviewTopic | null {
  return step === undefined ? null : TOPIC_OF_STEP[step]
}
