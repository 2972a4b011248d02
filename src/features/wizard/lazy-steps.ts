import type { ComponentType } from 'react'
import { lazyComponent } from '../../lib/lazy-component'
import { bucketRowsLoaded, loadBucketRows } from './lazy-bucket-rows'
import { roleSettingsFields } from './lazy-role-settings'
import { RoleStep } from './role-step'
import type { StepId, StepViewProps } from './steps'

type LaterSteps = typeof import('./later-steps')
const laterStep = (pick: (module: LaterSteps) => ComponentType<StepViewProps>) =>
  lazyComponent<StepViewProps>(() => import('./later-steps').then(pick))

const LATER = {
  clusters: laterStep((m) => m.EksClustersStep),
  // The S3 step waits for its bucket rows too, so the rows never arrive after it and move what is below them.
  s3: lazyComponent<StepViewProps>(() => Promise.all([import('./later-steps'), loadBucketRows()]).then(([m]) => m.S3Step)),
  glue: laterStep((m) => m.GlueStep),
  logs: laterStep((m) => m.LogsStep),
  trust: laterStep((m) => m.TrustStep),
  submitters: laterStep((m) => m.EksSubmittersStep),
  review: laterStep((m) => m.ReviewStep),
}

/** Each step's view: the first in the page's own bundle, the others loaded once the page is idle. */
export const STEP_VIEWS: Record<StepId, ComponentType<StepViewProps>> = {
  role: RoleStep,
  clusters: LATER.clusters.Component,
  s3: LATER.s3.Component,
  glue: LATER.glue.Component,
  logs: LATER.logs.Component,
  trust: LATER.trust.Component,
  submitters: LATER.submitters.Component,
  review: LATER.review.Component,
}

export function preloadLaterSteps(): void {
  for (const step of Object.values(LATER)) step.preload()
  roleSettingsFields.preload()
}

/**
 * Whether every step, and the bucket rows within the S3 step, can render at once: a link to a field needs the
 * field's control in the same render that opens its step.
 */
export function laterStepsLoaded(): boolean {
  return bucketRowsLoaded() && Object.values(LATER).every((step) => step.isLoaded()) && roleSettingsFields.isLoaded()
}

export async function loadLaterSteps(): Promise<void> {
  await Promise.all([loadBucketRows(), ...Object.values(LATER).map((step) => step.load()), roleSettingsFields.load()])
}

/** Loads one later step's view (with what it needs to render at once). */
export function loadStepView(step: keyof typeof LATER): Promise<void> {
  return LATER[step].load()
}
