import { RadioGroupField } from '../../components/radio-group-field'
import { TextField } from '../../components/text-field'
import { StringList } from './string-list'

/**
 * The trimmed, lower-case name Glue would store, when only case or surrounding spaces were wrong (the field's rule,
 * glue-names.ts, is not imported here: sharing it with the first load would split the page's code into more chunks).
 */
const suggestName = () => (value: string) => {
  const next = value.trim().toLowerCase()
  return /^[^*?/]{1,255}$/.test(next) && /^[\u0020-\u00ff]+$/.test(next) && !next.includes('${') ? next : undefined
}

interface GlueDatabaseRowProps {
  index: number
  canWrite: boolean
  onRemove: (index: number) => void
}

/** One listed database: its name, read or read-write (with "Create and read" only), and its tables. */
export function GlueDatabaseRow({ index, canWrite, onRemove }: GlueDatabaseRowProps) {
  const n = index + 1
  const path = `glueScope.databases.${index}` as const
  return (
    <div className="glue-database" role="group" aria-label={`Database ${n}`}>
      <TextField name={`${path}.name`} label={`Database ${n} name`} placeholder="sales" suggest={suggestName()} />
      {canWrite && (
        <RadioGroupField
          name={`${path}.access`}
          legend={`Database ${n} access`}
          options={[
            { value: 'read', label: 'Read only' },
            { value: 'read-write', label: 'Read and write' },
          ]}
        />
      )}
      <StringList
        name={`${path}.tables`}
        valueKey="name"
        legend={`Tables of database ${n}`}
        itemLabel={`Database ${n} table`}
        addLabel="Add table"
        placeholder="orders"
        hint="None listed: every table of the database."
        suggest={suggestName()}
      />
      <button type="button" className="remove" aria-label={`Remove database ${n}`} onClick={() => onRemove(index)}>
        Remove database
      </button>
    </div>
  )
}
