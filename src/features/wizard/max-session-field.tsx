import { useFormContext, useFormState, useWatch } from 'react-hook-form'
import { Field } from '../../components/field'
import { describedBy, fieldId, shownError } from '../../components/field-ids'

const NAME = 'roleSettings.maxSessionDuration'
const HOURS = Array.from({ length: 12 }, (_, i) => i + 1)

/** Offered in whole hours, stored in seconds; a value of a configuration file between hours is kept and shown. */
export function MaxSessionField() {
  const { register } = useFormContext()
  const error = shownError(useFormState({ name: NAME }), NAME)
  const id = fieldId(NAME)
  const seconds = useWatch({ name: NAME }) as number | null
  const between = seconds !== null && seconds % 3600 !== 0
  return (
    <Field
      id={id}
      label="Maximum session duration"
      error={error}
      hint="How long credentials of the role may last when someone asks for a longer session (1 to 12 hours). It does not limit the sessions AWS services such as EMR Serverless start with it."
    >
      <select
        id={id}
        {...register(NAME, { setValueAs: (value: unknown) => (value === '' || value === null ? null : Number(value)) })}
        aria-invalid={error !== undefined ? true : undefined}
        aria-describedby={describedBy(id, true, error !== undefined)}
      >
        <option value="">Not set (IAM’s default, 1 hour)</option>
        {between && <option value={String(seconds)}>{`${seconds} seconds`}</option>}
        {HOURS.map((hours) => (
          <option key={hours} value={String(hours * 3600)}>
            {hours === 1 ? '1 hour' : `${hours} hours`}
          </option>
        ))}
      </select>
    </Field>
  )
}
