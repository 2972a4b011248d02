import { useEffect, useLayoutEffect, useRef, type ComponentType, type ReactNode } from 'react'
import { useFormContext, useWatch, type Path } from 'react-hook-form'
import { errorPaths } from '../../components/field-ids'
import { revealField } from '../../components/field-reveal'
import { keepFocus } from '../../lib/keep-focus'
import { whenIdle } from '../../lib/when-idle'
import type { ConfigInput } from '../../domain/config/schema'
import { EksClustersStep } from './eks-clusters-step'
import { EksSubmittersStep } from './eks-submitters-step'
import { GlueStep } from './glue-step'
import { preloadBucketRows } from './lazy-bucket-rows'
import { preloadReviewAnswers } from './lazy-review-answers'
import { LogsStep } from './logs-step'
import { ReviewStep } from './review-step'
import { RoleStep } from './role-step'
import { S3Step } from './s3-step'
import { stepsFor, type StepId, type StepViewProps } from './steps'
import { TrustStep } from './trust-step'

const STEP_VIEWS: Record<StepId, ComponentType<StepViewProps>> = {
  role: RoleStep,
  clusters: EksClustersStep,
  s3: S3Step,
  glue: GlueStep,
  logs: LogsStep,
  trust: TrustStep,
  submitters: EksSubmittersStep,
  review: ReviewStep,
}

interface WizardProps {
  stepIndex: number
  onStepChange: (index: number) => void
  /** Shown by the review step (see StepViewProps). */
  reviewPanel?: ReactNode
}

/** Steps are views over one form: answers survive Back and Next; Next checks only the step's fields. */
export function Wizard({ stepIndex: requestedIndex, onStepChange, reviewPanel }: WizardProps) {
  const { trigger, getFieldState, getValues, setFocus, setValue } = useFormContext<ConfigInput>()
  const target = useWatch<ConfigInput, 'target'>({ name: 'target' })
  const steps = stepsFor(target)
  // An imported configuration of the other target may have fewer steps than the one on show.
  const stepIndex = Math.min(requestedIndex, steps.length - 1)
  const step = steps[stepIndex] ?? steps[0]
  const StepView = STEP_VIEWS[step?.id ?? 'role']
  const isLast = stepIndex === steps.length - 1
  // Loaded once the page is idle: the rows are needed only on the S3 step, the answers' list only on the review,
  // and the first commit stays short.
  useEffect(
    () =>
      whenIdle(() => {
        preloadBucketRows()
        preloadReviewAnswers()
      }),
    [],
  )
  const formRef = useRef<HTMLFormElement>(null)
  const shownStepId = useRef(step?.id)
  // A new step takes the focus to its heading, so keyboard and screen-reader users start at its top. In a
  // layout effect: "Change" and error links that open a step and then focus a field still win.
  useLayoutEffect(() => {
    if (shownStepId.current === step?.id) return
    shownStepId.current = step?.id
    const heading = formRef.current?.querySelector('h3')
    if (!heading) return
    heading.tabIndex = -1
    heading.focus({ preventScroll: false })
  }, [step?.id])

  async function goNext() {
    if (!step) return
    if (await trigger(step.fields)) {
      onStepChange(stepIndex + 1)
      return
    }
    // Mark what is wrong as touched, so each error updates as the person types the fix; focus the first.
    const paths = step.fields.flatMap((field) => errorPaths(getFieldState(field).error, field)) as Path<ConfigInput>[]
    for (const path of paths) setValue(path, getValues(path), { shouldTouch: true })
    if (paths[0] === undefined) return
    revealField(paths[0])
    setFocus(paths[0])
  }

  return (
    <section id="answers" className="wizard" aria-labelledby="wizard-title">
      <h2 id="wizard-title" className="visually-hidden">
        Configure the role
      </h2>
      <nav aria-label="Steps">
        <ol className="step-list">
          {steps.map((s, index) => (
            <li key={s.id}>
              <button
                type="button"
                className="step-link"
                aria-current={index === stepIndex ? 'step' : undefined}
                onClick={() => onStepChange(index)}
              >
                <span className="step-number">{index + 1}</span> {s.title}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <form ref={formRef} className="step" noValidate onSubmit={(event) => event.preventDefault()}>
        <StepView onEditStep={onStepChange} reviewPanel={reviewPanel} />
        <div className="step-buttons">
          <button
            type="button"
            onMouseDown={keepFocus}
            onClick={() => onStepChange(stepIndex - 1)}
            disabled={stepIndex === 0}
          >
            Back
          </button>
          {!isLast && (
            <button type="button" className="primary" onMouseDown={keepFocus} onClick={() => void goNext()}>
              Next
            </button>
          )}
        </div>
      </form>
    </section>
  )
}
