import { Suspense, useCallback, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react'
import { useFormContext, useWatch, type Path } from 'react-hook-form'
import { errorPaths } from '../../components/field-ids'
import { revealField } from '../../components/field-reveal'
import { keepFocus } from '../../lib/keep-focus'
import type { ConfigInput } from '../../domain/config/schema'
import { whenIdle } from '../../lib/when-idle'
import { preloadBucketRows } from './lazy-bucket-rows'
import { preloadLaterSteps, STEP_VIEWS } from './lazy-steps'
import { stepsFor, type StepId } from './steps'

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
  // Loaded once the page is idle: the later steps and the bucket rows are not needed for the first screen.
  useEffect(
    () =>
      whenIdle(() => {
        preloadLaterSteps()
        preloadBucketRows()
      }),
    [],
  )
  const formRef = useRef<HTMLFormElement>(null)
  const shownStepId = useRef(step?.id)
  // A new step takes the focus to its heading, so keyboard and screen-reader users start at its top. Called
  // in a layout effect once the step's controls are in (a step still loading is not there yet): "Change" and
  // error links that open a step and then focus a field still win.
  const onStepShown = useCallback((id: StepId) => {
    if (shownStepId.current === id) return
    shownStepId.current = id
    const heading = formRef.current?.querySelector('h3')
    if (!heading) return
    heading.tabIndex = -1
    heading.focus({ preventScroll: false })
  }, [])

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
        <Suspense fallback={<p className="field-hint">Loading this step…</p>}>
          <StepView onEditStep={onStepChange} reviewPanel={reviewPanel} />
          {step && <StepShown id={step.id} onShown={onStepShown} />}
        </Suspense>
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

/** Inside the step's Suspense boundary: its layout effect runs when the step's own controls are rendered. */
function StepShown({ id, onShown }: { id: StepId; onShown: (id: StepId) => void }) {
  useLayoutEffect(() => onShown(id), [id, onShown])
  return null
}
