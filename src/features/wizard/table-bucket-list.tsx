import { useFieldArray, useFormContext, useFormState } from 'react-hook-form'
import { withCleaning } from '../../components/clean-input'
import { FieldError } from '../../components/field'
import { describedBy, fieldId, shownError } from '../../components/field-ids'
import { partitionOfRegion } from '../../domain/config/partition'
import type { ConfigInput } from '../../domain/config/schema'
import { tableBucketFromPaste } from '../../domain/s3-tables/table-bucket-paste'
import { keepFocus } from '../../lib/keep-focus'

/**
 * S3 table buckets (S3 Tables), below the general-purpose buckets: each row a table bucket's name (or its ARN, read
 * as the name when it is in the role's own account and region), an optional namespace and an access level. None by
 * default; the Glue Data Catalog route to S3 Tables (s3tablescatalog, Lake Formation) is not built here.
 */
export function TableBucketList() {
  const { control, register, getValues } = useFormContext<ConfigInput>()
  const { fields, append, remove } = useFieldArray({ control, name: 'tableBuckets' })
  const state = useFormState<ConfigInput>({ control, name: 'tableBuckets' })
  const cleanBucket = (text: string) => {
    const region = getValues('region')
    return tableBucketFromPaste(text, { partition: partitionOfRegion(region), region, accountId: getValues('accountId') })
  }
  return (
    <fieldset className="string-list table-bucket-rows">
      <legend>S3 table buckets (S3 Tables)</legend>
      <p className="field-hint">
        For Iceberg tables in table buckets, reached with the S3 Tables catalog. Give the table bucket’s name, or paste its ARN; a
        bucket in another account or region keeps its ARN. A namespace limits access to that namespace’s tables.
      </p>
      {fields.length > 0 && (
        <div className="bucket-row bucket-header" aria-hidden="true">
          <span>Table bucket name or ARN</span>
          <span>Namespace (optional)</span>
          <span>Access</span>
          <span />
        </div>
      )}
      {fields.map((field, index) => {
        const n = index + 1
        const bucketPath = `tableBuckets.${index}.bucket` as const
        const namespacePath = `tableBuckets.${index}.namespace` as const
        const bucketId = fieldId(bucketPath)
        const namespaceId = fieldId(namespacePath)
        const bucketError = shownError(state, bucketPath)
        const namespaceError = shownError(state, namespacePath)
        return (
          <div key={field.id} className="bucket-row" role="group" aria-label={`Table bucket ${n}`}>
            <div>
              <input
                id={bucketId}
                aria-label={`Table bucket ${n} name or ARN`}
                placeholder="amzn-example-tables"
                autoComplete="off"
                spellCheck={false}
                {...withCleaning(register(bucketPath), cleanBucket)}
                aria-invalid={bucketError !== undefined ? true : undefined}
                aria-describedby={describedBy(bucketId, false, bucketError !== undefined)}
              />
              <FieldError id={bucketId} error={bucketError} />
            </div>
            <div>
              <input
                id={namespaceId}
                aria-label={`Table bucket ${n} namespace`}
                placeholder="all"
                autoComplete="off"
                spellCheck={false}
                {...register(namespacePath)}
                aria-invalid={namespaceError !== undefined ? true : undefined}
                aria-describedby={describedBy(namespaceId, false, namespaceError !== undefined)}
              />
              <FieldError id={namespaceId} error={namespaceError} />
            </div>
            <select id={fieldId(`tableBuckets.${index}.access`)} aria-label={`Table bucket ${n} access`} {...register(`tableBuckets.${index}.access`)}>
              <option value="read">Read only</option>
              <option value="read-write">Read and write</option>
            </select>
            <button type="button" className="remove" aria-label={`Remove table bucket ${n}`} onClick={() => remove(index)}>
              Remove
            </button>
          </div>
        )
      })}
      <button type="button" onMouseDown={keepFocus} onClick={() => append({ bucket: '', namespace: '', access: 'read' }, { shouldFocus: true })}>
        Add table bucket
      </button>
    </fieldset>
  )
}
