import { Suspense, useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import { useFieldArray, useFormContext, useFormState } from 'react-hook-form'
import { keepFocus } from '../../lib/keep-focus'
import { errorMessage } from '../../components/field-ids'
import type { BucketEntry, ConfigInput } from '../../domain/config/schema'
import { BucketPaste } from './bucket-paste'
import { LazyBucketRows } from './lazy-bucket-rows'

export function BucketList() {
  const { control, getValues, setValue, clearErrors } = useFormContext<ConfigInput>()
  const { fields, append, remove } = useFieldArray({ control, name: 'buckets' })
  const { errors } = useFormState({ control, name: 'buckets', exact: true })
  const listError = errorMessage(errors, 'buckets')
  const rowKeys = useMemo(() => fields.map((field) => field.id), [fields])
  // useFieldArray hands out a new `remove` on every render; the memoised rows get one that never changes.
  const removeRef = useRef(remove)
  useLayoutEffect(() => {
    removeRef.current = remove
  })
  const onRemove = useCallback((index: number) => removeRef.current(index), [])

  // Pasted buckets go in with setValue, not the field array's append or replace: setValue reports the new
  // answers as it stores them, so the documents start deriving before the rows render (append reports them
  // from an effect after that render), and no validation of a thousand untouched rows runs.
  function setBuckets(buckets: BucketEntry[], replaceAll = false) {
    if (replaceAll) clearErrors('buckets')
    setValue('buckets', buckets)
  }

  return (
    <fieldset className="bucket-list">
      <legend>Buckets ({fields.length})</legend>
      <p className="field-hint" id="bucket-list-hint">
        Read only: s3:ListBucket and s3:GetObject. Read and write adds s3:PutObject, s3:DeleteObject and, because
        Spark’s S3 committers write through multipart uploads and abort those of failed tasks,
        s3:AbortMultipartUpload and s3:ListBucketMultipartUploads. A key prefix (such as logs/) limits access to keys
        that start with it. A bucket’s ARN, s3:// URL or S3 https URL pasted as its name is split into bucket and key
        prefix.
      </p>
      {listError && (
        <p className="field-error" id="field-buckets-error">
          {listError}
        </p>
      )}
      {fields.length > 0 && (
        <>
          <div className="bucket-row bucket-header" aria-hidden="true">
            <span>Bucket name</span>
            <span>Key prefix (optional)</span>
            <span>Access</span>
            <span />
          </div>
          <Suspense fallback={<p className="field-hint">Loading the list of buckets…</p>}>
            <LazyBucketRows rowKeys={rowKeys} onRemove={onRemove} />
          </Suspense>
        </>
      )}
      <button type="button" onMouseDown={keepFocus} onClick={() => append({ name: '', prefix: '', access: 'read' }, { shouldFocus: true })}>
        Add bucket
      </button>
      <BucketPaste onAdd={(buckets) => setBuckets([...getValues('buckets'), ...buckets])} onReplace={(buckets) => setBuckets(buckets, true)} />
    </fieldset>
  )
}
