import { useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form'
import { errorMessage } from '../../components/field-ids'
import type { ConfigInput } from '../../domain/config/schema'
import { keepFocus } from '../../lib/keep-focus'
import { GlueDatabaseRow } from './glue-database-row'

/** The listed Glue databases, each with its access and optional tables. */
export function GlueDatabaseList() {
  const { control } = useFormContext<ConfigInput>()
  const { fields, append, remove } = useFieldArray({ control, name: 'glueScope.databases' })
  const state = useFormState({ control, name: 'glueScope.databases' })
  const listError = errorMessage(state.errors, 'glueScope.databases')
  const canWrite = useWatch({ name: 'glueAccess' }) === 'create-read'
  return (
    <fieldset className="glue-databases">
      <legend>Glue databases</legend>
      <p className="field-hint">
        {canWrite ? 'Each read only, or read and write (create, change and delete its tables and partitions).' : 'Each read only, as you chose above.'}
      </p>
      {listError && <p className="field-error">{listError}</p>}
      {fields.map((field, index) => (
        <GlueDatabaseRow key={field.id} index={index} canWrite={canWrite} onRemove={remove} />
      ))}
      <button type="button" onMouseDown={keepFocus} onClick={() => append({ name: '', access: 'read', tables: [] }, { shouldFocus: true })}>
        Add database
      </button>
    </fieldset>
  )
}
