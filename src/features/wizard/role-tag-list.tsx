import { useFieldArray, useFormContext, useFormState } from 'react-hook-form'
import { errorMessage } from '../../components/field-ids'
import { TextField } from '../../components/text-field'
import type { ConfigInput } from '../../domain/config/schema'
import { keepFocus } from '../../lib/keep-focus'

/** The role's tags: a key and a value each, added one at a time. */
export function RoleTagList() {
  const { control } = useFormContext<ConfigInput>()
  const { fields, append, remove } = useFieldArray({ control, name: 'roleSettings.tags' })
  const { errors } = useFormState({ control, name: 'roleSettings.tags', exact: true })
  const listError = errorMessage(errors, 'roleSettings.tags')
  return (
    <fieldset className="role-tags">
      <legend>Tags</legend>
      <p className="field-hint">Up to 50. Keys ignore case; letters, digits, spaces and _ . : / = + - @ only; not starting with aws:.</p>
      {listError && <p className="field-error">{listError}</p>}
      {fields.map((field, index) => (
        <div key={field.id} className="role-tag" role="group" aria-label={`Tag ${index + 1}`}>
          <TextField name={`roleSettings.tags.${index}.key`} label={`Tag ${index + 1} key`} />
          <TextField name={`roleSettings.tags.${index}.value`} label={`Tag ${index + 1} value`} />
          <button type="button" className="remove" onClick={() => remove(index)}>
            Remove tag {index + 1}
          </button>
        </div>
      ))}
      <button type="button" onMouseDown={keepFocus} onClick={() => append({ key: '', value: '' }, { shouldFocus: true })}>
        Add tag
      </button>
    </fieldset>
  )
}
