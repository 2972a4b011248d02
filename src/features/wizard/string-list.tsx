import { useFieldArray, useFormContext, useFormState, type Path } from 'react-hook-form'
import { withCleaning, type CleanText } from '../../components/clean-input'
import { FieldError } from '../../components/field'
import { describedBy, errorMessage, fieldId, shownError } from '../../components/field-ids'
import { FieldSuggestion, type Suggest } from '../../components/field-suggestion'
import type { ConfigInput } from '../../domain/config/schema'
import { keepFocus } from '../../lib/keep-focus'

type ListName =
  | 'trust.applicationIds'
  | 'submitterJobRuns.applicationIds'
  | 'eks.submitters.virtualClusterIds'
  | 'eks.submitters.roleArns'
  | `glueScope.databases.${number}.tables`

interface StringListProps {
  name: ListName
  valueKey: 'id' | 'arn' | 'name'
  legend: string
  itemLabel: string
  addLabel: string
  placeholder: string
  hint?: string
  /** Cleans what is pasted or typed into a row (an ARN into its ID). */
  clean?: CleanText
  /** While a row's value is bad: a valid one close to it, offered as a button. */
  suggest?: Suggest
}

/** A list of single values (IDs, ARNs), each with its own error, as rows of objects for useFieldArray. */
export function StringList({ name, valueKey, legend, itemLabel, addLabel, placeholder, hint, clean, suggest }: StringListProps) {
  const { control, register } = useFormContext<ConfigInput>()
  const { fields, append, remove } = useFieldArray({ control, name: name })
  const state = useFormState({ control, name })
  const listError = errorMessage(state.errors, name)
  return (
    <fieldset className="string-list">
      <legend>{legend}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      {listError && <p className="field-error">{listError}</p>}
      {fields.map((field, index) => {
        const path = `${name}.${index}.${valueKey}`
        const id = fieldId(path)
        const error = shownError(state, path)
        const registration = register(path as Path<ConfigInput>)
        return (
          <div key={field.id} className="app-row">
            <div>
              <input
                id={id}
                aria-label={`${itemLabel} ${index + 1}`}
                placeholder={placeholder}
                autoComplete="off"
                spellCheck={false}
                {...(clean ? withCleaning(registration, clean) : registration)}
                aria-invalid={error !== undefined ? true : undefined}
                aria-describedby={describedBy(id, false, error !== undefined)}
              />
              <FieldError id={id} error={error} />
              {error !== undefined && suggest && <FieldSuggestion name={path} suggest={suggest} />}
            </div>
            <button type="button" className="remove" aria-label={`Remove ${itemLabel.toLowerCase()} ${index + 1}`} onClick={() => remove(index)}>
              Remove
            </button>
          </div>
        )
      })}
      <button
        type="button"
        onMouseDown={keepFocus}
        onClick={() => append({ [valueKey]: '' } as never, { shouldFocus: true })}
      >
        {addLabel}
      </button>
    </fieldset>
  )
}
