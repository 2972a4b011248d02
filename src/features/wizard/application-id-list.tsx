import { useFieldArray, useFormContext, useFormState } from 'react-hook-form'
import { FieldError } from '../../components/field'
import { describedBy, errorMessage, fieldId } from '../../components/field-ids'
import { keepFocus } from '../../lib/keep-focus'
import type { ConfigInput } from '../../domain/config/schema'

export function ApplicationIdList() {
  const { control, register } = useFormContext<ConfigInput>()
  const { fields, append, remove } = useFieldArray({ control, name: 'trust.applicationIds' })
  const { errors } = useFormState({ control, name: 'trust.applicationIds' })
  const listError = errorMessage(errors, 'trust.applicationIds')
  return (
    <fieldset className="app-list">
      <legend>Application IDs</legend>
      {listError && <p className="field-error">{listError}</p>}
      {fields.map((field, index) => {
        const id = fieldId(`trust.applicationIds.${index}.id`)
        const error = errorMessage(errors, `trust.applicationIds.${index}.id`)
        return (
          <div key={field.id} className="app-row">
            <div>
              <input
                id={id}
                aria-label={`Application ${index + 1} ID`}
                placeholder="00fabcdexample01"
                autoComplete="off"
                spellCheck={false}
                {...register(`trust.applicationIds.${index}.id`)}
                aria-invalid={error !== undefined ? true : undefined}
                aria-describedby={describedBy(id, false, error !== undefined)}
              />
              <FieldError id={id} error={error} />
            </div>
            <button type="button" className="remove" aria-label={`Remove application ${index + 1}`} onClick={() => remove(index)}>
              Remove
            </button>
          </div>
        )
      })}
      <button type="button" onMouseDown={keepFocus} onClick={() => append({ id: '' }, { shouldFocus: true })}>
        Add application
      </button>
    </fieldset>
  )
}
