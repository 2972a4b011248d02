import { useFormContext, useFormState } from 'react-hook-form'
import { FieldError } from '../../components/field'
import { describedBy, fieldId, shownError } from '../../components/field-ids'
import type { ConfigInput } from '../../domain/config/schema'

interface BucketKeyFieldProps {
  index: number
  onRemove: () => void
}

/**
 * The SSE-KMS key of one bucket, shown only for a bucket that has one (a row without a key renders none of this).
 * Left empty, the key is "named later": the documents show a placeholder key ARN until it is pasted.
 */
export function BucketKeyField({ index, onRemove }: BucketKeyFieldProps) {
  const { register } = useFormContext<ConfigInput>()
  const path = `buckets.${index}.kmsKeyArn` as const
  const state = useFormState<ConfigInput>({ name: path })
  const id = fieldId(path)
  const error = shownError(state, path)
  return (
    <div className="bucket-key">
      <input
        id={id}
        aria-label={`Bucket ${index + 1} KMS key ARN`}
        placeholder="arn:aws:kms:us-east-1:111122223333:key/… (or leave empty to name it later)"
        autoComplete="off"
        spellCheck={false}
        {...register(path, { setValueAs: (value: unknown) => (typeof value === 'string' ? value.trim() : value) })}
        aria-invalid={error !== undefined ? true : undefined}
        aria-describedby={describedBy(id, false, error !== undefined)}
      />
      <button type="button" className="remove" aria-label={`Bucket ${index + 1}: no KMS key`} onClick={onRemove}>
        No key
      </button>
      <FieldError id={id} error={error} />
    </div>
  )
}
