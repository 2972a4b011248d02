import type { ComponentType } from 'react'
import { useFormContext } from 'react-hook-form'
import type { ConfigInput } from '../../domain/config/schema'
import { GlueStep } from './glue-step'
import { ReviewStep } from './review-step'
import { RoleStep } from './role-step'
import { S3Step } from './s3-step'
import { STEPS } from './steps'
import { TrustStep } from './trust-step'

export interface StepViewProps {
  onEditStep: (index: number) => void
}

const STEP_VIEWS: ComponentType<StepViewProps>[] = [RoleStep, S3Step, GlueStep, TrustStep, ReviewStep]

interface WizardProps {
  stepIndex: number
  onStepChange: (index: number) => void
}

/** Steps are views over one form: answers survive Back and Next; Next checks only the step's fields. */
export function Wizard({ stepIndex, onStepChange }: WizardProps) {
  const { trigger } = useFormContext<ConfigInput>()
  const step = STEPS[stepIndex] ?? STEPS[0]
  const StepView = STEP_VIEWS[stepIndex] ?? RoleStep
  const isLast = stepIndex === STEPS.length - 1

  async function goNext() {
    if (step && (await trigger(step.fields, { shouldFocus: true }))) onStepChange(stepIndex + 1)
  }

  return (
    <section className="wizard" aria-labelledby="wizard-title">
      <h2 id="wizard-title" className="visually-hidden">
        Configure the role
      </h2>
      <nav aria-label="Steps">
        <ol className="step-list">
          {STEPS.map((s, index) => (
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
      <form className="step" noValidate onSubmit={(event) => event.preventDefault()}>
        <StepView onEditStep={onStepChange} />
        <div className="step-buttons">
          <button type="button" onClick={() => onStepChange(stepIndex - 1)} disabled={stepIndex === 0}>
            Back
          </button>
          {!isLast && (
            <button type="button" className="primary" onClick={() => void goNext()}>
              Next
            </button>
          )}
        </div>
      </form>
    </section>
  )
}
