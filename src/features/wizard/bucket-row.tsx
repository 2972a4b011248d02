import { memo, useState } from 'react'
import { useFormContext, useFormState } from 'react-hook-form'
import { withCleaning } from '../../components/clean-input'
import { FieldError } from '../../components/field'
import { describedBy, fieldId, shownError } from '../../components/field-ids'
import { FieldSuggestion } from '../../components/field-suggestion'
import type { ConfigInput } from '../../domain/config/schema'
import { suggestBucketName, suggestKeyPrefix } from '../../domain/config/suggestions'
import { isBucketLocation, splitPastedBucketName } from '../../domain/s3/bucket-location'
import { BucketKeyField } from './bucket-key-field'

interface BucketRowProps {
  index: number
  onRemove: (index: number) => void
}

/** One bucket: name, optional key prefix and access level, each with its own error (shown once the field is
 * left: `shownError`). Memoised, and it listens to its own two fields' state only ("buckets.1" alone would also
 * match "buckets.10.name"): a keystroke in one row must not re-render the others. A pasted s3:// URL, ARN or
 * https URL splits into name and prefix. */
export const BucketRow = memo(function BucketRow({ index, onRemove }: BucketRowProps) {
  const { register, getValues, setValue, trigger } = useFormContext<ConfigInput>()
  const state = useFormState<ConfigInput>({ name: [`buckets.${index}.name`, `buckets.${index}.prefix`] })
  // Said when a pasted location's prefix differs from the one typed, which is kept; gone once the prefix is edited.
  const [note, setNote] = useState<string>()
  // Whether the bucket has a KMS key (named or to be named): read once, so a row without one stays as cheap as before.
  const keyPath = `buckets.${index}.kmsKeyArn` as const
  const [hasKey, setHasKey] = useState(() => getValues(keyPath) !== undefined)
  const n = index + 1
  const namePath = `buckets.${index}.name` as const
  const prefixPath = `buckets.${index}.prefix` as const
  const nameId = fieldId(namePath)
  const prefixId = fieldId(prefixPath)
  const nameError = shownError(state, namePath)
  const prefixError = shownError(state, prefixPath)

  function cleanName(text: string): string {
    const typedPrefix = getValues(prefixPath)
    const pasted = splitPastedBucketName(text, typedPrefix)
    if (isBucketLocation(text)) {
      if (pasted.prefix !== typedPrefix) {
        setValue(prefixPath, pasted.prefix, { shouldDirty: true, shouldTouch: true })
        void trigger(prefixPath) // after setValue has told the preview
      }
      setNote(pasted.note)
    }
    return pasted.name
  }

  return (
    <div className="bucket-row" role="group" aria-label={`Bucket ${n}`}>
      <div>
        <input
          id={nameId}
          aria-label={`Bucket ${n} name`}
          placeholder="amzn-example-data"
          autoComplete="off"
          spellCheck={false}
          {...withCleaning(register(namePath), cleanName)}
          aria-invalid={nameError !== undefined ? true : undefined}
          aria-describedby={describedBy(nameId, note !== undefined, nameError !== undefined)}
        />
        {note !== undefined && (
          <p id={`${nameId}-hint`} className="field-hint" role="status">
            {note}
          </p>
        )}
        <FieldError id={nameId} error={nameError} />
        {nameError !== undefined && <FieldSuggestion name={namePath} suggest={suggestBucketName} />}
      </div>
      <div>
        <input
          id={prefixId}
          aria-label={`Bucket ${n} key prefix`}
          placeholder="all keys"
          autoComplete="off"
          spellCheck={false}
          {...register(prefixPath, { onChange: () => setNote(undefined) })}
          aria-invalid={prefixError !== undefined ? true : undefined}
          aria-describedby={describedBy(prefixId, false, prefixError !== undefined)}
        />
        <FieldError id={prefixId} error={prefixError} />
        {prefixError !== undefined && <FieldSuggestion name={prefixPath} suggest={suggestKeyPrefix} />}
      </div>
      <select id={fieldId(`buckets.${index}.access`)} aria-label={`Bucket ${n} access`} {...register(`buckets.${index}.access`)}>
        <option value="read">Read only</option>
        <option value="read-write">Read and write</option>
      </select>
      <div className="bucket-actions">
        {!hasKey && (
          <button
            type="button"
            className="remove"
            aria-label={`Bucket ${n}: add a KMS key`}
            title="The bucket's objects are encrypted with an SSE-KMS key"
            onClick={() => {
              setValue(keyPath, '', { shouldDirty: true })
              setHasKey(true)
            }}
          >
            KMS key
          </button>
        )}
        <button type="button" className="remove" aria-label={`Remove bucket ${n}`} onClick={() => onRemove(index)}>
          Remove
        </button>
      </div>
      {hasKey && (
        <BucketKeyField
          index={index}
          onRemove={() => {
            setValue(keyPath, undefined, { shouldDirty: true, shouldValidate: true })
            setHasKey(false)
          }}
        />
      )}
    </div>
  )
})
