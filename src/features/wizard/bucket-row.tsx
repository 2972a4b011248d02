import { memo } from 'react'
import { useFormContext, useFormState } from 'react-hook-form'
import { FieldError } from '../../components/field'
import { describedBy, errorMessage, fieldId } from '../../components/field-ids'
import type { ConfigInput } from '../../domain/config/schema'

interface BucketRowProps {
  index: number
  onRemove: (index: number) => void
}

/** One bucket: name, optional key prefix and access level, each with its own error. Memoised, and it listens
 * to its own two fields' errors only ("buckets.1" alone would also match "buckets.10.name"): a keystroke in
 * one row must not re-render the others. */
export const BucketRow = memo(function BucketRow({ index, onRemove }: BucketRowProps) {
  const { register } = useFormContext<ConfigInput>()
  const { errors } = useFormState<ConfigInput>({ name: [`buckets.${index}.name`, `buckets.${index}.prefix`] })
  const n = index + 1
  const nameId = fieldId(`buckets.${index}.name`)
  const prefixId = fieldId(`buckets.${index}.prefix`)
  const nameError = errorMessage(errors, `buckets.${index}.name`)
  const prefixError = errorMessage(errors, `buckets.${index}.prefix`)
  return (
    <div className="bucket-row" role="group" aria-label={`Bucket ${n}`}>
      <div>
        <input
          id={nameId}
          aria-label={`Bucket ${n} name`}
          placeholder="amzn-example-data"
          autoComplete="off"
          spellCheck={false}
          {...register(`buckets.${index}.name`)}
          aria-invalid={nameError !== undefined ? true : undefined}
          aria-describedby={describedBy(nameId, false, nameError !== undefined)}
        />
        <FieldError id={nameId} error={nameError} />
      </div>
      <div>
        <input
          id={prefixId}
          aria-label={`Bucket ${n} key prefix`}
          placeholder="all keys"
          autoComplete="off"
          spellCheck={false}
          {...register(`buckets.${index}.prefix`)}
          aria-invalid={prefixError !== undefined ? true : undefined}
          aria-describedby={describedBy(prefixId, false, prefixError !== undefined)}
        />
        <FieldError id={prefixId} error={prefixError} />
      </div>
      <select id={fieldId(`buckets.${index}.access`)} aria-label={`Bucket ${n} access`} {...register(`buckets.${index}.access`)}>
        <option value="read">Read only</option>
        <option value="read-write">Read and write</option>
      </select>
      <button type="button" className="remove" aria-label={`Remove bucket ${n}`} onClick={() => onRemove(index)}>
        Remove
      </button>
    </div>
  )
})
