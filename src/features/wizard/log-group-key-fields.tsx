import { useFormContext, useWatch } from 'react-hook-form'
import { TextField } from '../../components/text-field'
import type { ConfigInput } from '../../domain/config/schema'

/**
 * "The log group is encrypted with a KMS key" and the key's ARN, for EMR Serverless and EMR on EKS logs alike. The
 * key is absent until asked for (so a configuration without one stays as it was) and empty while it is to be named.
 */
export function LogGroupKeyFields({ logs }: { logs: 'serverlessLogs' | 'eks.logs' }) {
  const { getValues, setValue } = useFormContext<ConfigInput>()
  const name = `${logs}.kmsKeyArn` as const
  const encrypted = useWatch<ConfigInput, typeof name>({ name }) !== undefined
  const id = `${logs.replace('.', '-')}-encrypted`
  // The whole logs answer is set, not its key alone: the preview's worker takes a single typed answer only at a
  // path its copy already has, and a key that was absent is not there yet.
  const toggle = () => {
    const answer = { ...getValues(logs) }
    if (encrypted) delete answer.kmsKeyArn
    else answer.kmsKeyArn = ''
    setValue(logs, answer, { shouldDirty: true, shouldValidate: encrypted })
  }
  return (
    <>
      <div className="field field-checkbox">
        <input
          id={id}
          type="checkbox"
          checked={encrypted}
          onChange={toggle}
        />
        <label htmlFor={id}>The log group is encrypted with a KMS key</label>
      </div>
      {encrypted && (
        <TextField
          name={name}
          label="Log group KMS key ARN"
          placeholder="arn:aws:kms:us-east-1:111122223333:key/…"
          hint="The key associated with the log group (leave empty to name it later)."
        />
      )}
    </>
  )
}
