import { useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form'
import { errorMessage } from '../../components/field-ids'
import { TextField } from '../../components/text-field'
import { partitionOfRegion } from '../../domain/config/partition'
import type { ConfigInput } from '../../domain/config/schema'
import { suggestClusterName, suggestNamespace } from '../../domain/config/suggestions'
import { parseOidcIssuer } from '../../domain/eks/oidc-issuer'
import { ISSUER_COMMAND, oidcIssuerFromPaste } from '../../domain/eks/pasted-issuer'
import { keepFocus } from '../../lib/keep-focus'

export function ClusterPairList() {
  const { control } = useFormContext<ConfigInput>()
  const { fields, append, remove } = useFieldArray({ control, name: 'eks.clusters' })
  const { errors } = useFormState({ control, name: 'eks.clusters', exact: true })
  const listError = errorMessage(errors, 'eks.clusters')
  // EKS Pod Identity needs no OIDC issuer; one typed earlier is kept for IRSA.
  const irsa = useWatch<ConfigInput, 'eksCredentials'>({ name: 'eksCredentials' }) !== 'pod-identity'
  return (
    <div className="cluster-pairs">
      {listError && <p className="field-error">{listError}</p>}
      {fields.map((field, index) => (
        <fieldset key={field.id} className="cluster-pair">
          <legend>Cluster and namespace {index + 1}</legend>
          <TextField
            name={`eks.clusters.${index}.clusterName`}
            label="EKS cluster name"
            aria-label={`EKS cluster name (pair ${index + 1})`}
            suggest={suggestClusterName}
          />
          <TextField
            name={`eks.clusters.${index}.namespace`}
            label="Namespace"
            aria-label={`Namespace (pair ${index + 1})`}
            placeholder="spark-jobs"
            suggest={suggestNamespace}
          />
          {irsa && (
            <TextField
              name={`eks.clusters.${index}.oidcIssuer`}
              label="OIDC issuer"
              aria-label={`OIDC issuer (pair ${index + 1})`}
              placeholder="https://oidc.eks.us-west-2.amazonaws.com/id/…"
              clean={oidcIssuerFromPaste}
              hint={<IssuerHint index={index} />}
            />
          )}
          <ClusterAccountField index={index} />
          {fields.length > 1 && (
            <button type="button" className="remove" onClick={() => remove(index)}>
              Remove cluster {index + 1}
            </button>
          )}
        </fieldset>
      ))}
      <button
        type="button"
        onMouseDown={keepFocus}
        onClick={() => append({ clusterName: '', namespace: '', oidcIssuer: '', accountId: '' }, { shouldFocus: true })}
      >
        Add cluster and namespace
      </button>
    </div>
  )
}

/**
 * The account that owns the cluster. EMR on EKS passes the execution role with iam:PassRole, which does not cross
 * accounts, so the cluster is always in the role's own account: the field only shows while it holds a value (from
 * an older link or file), so its problem can be seen and the value cleared.
 */
function ClusterAccountField({ index }: { index: number }) {
  const accountId = useWatch<ConfigInput, `eks.clusters.${number}.accountId`>({ name: `eks.clusters.${index}.accountId` })
  if (accountId === '') return null
  return (
    <TextField
      name={`eks.clusters.${index}.accountId`}
      label="Cluster account ID (from an older link or file)"
      aria-label={`Cluster account ID (pair ${index + 1})`}
      inputMode="numeric"
      hint="The cluster, its OIDC provider and the role are all in the role’s account. Clear this field to use it."
    />
  )
}

function IssuerHint({ index }: { index: number }) {
  const issuer = useWatch<ConfigInput, `eks.clusters.${number}.oidcIssuer`>({ name: `eks.clusters.${index}.oidcIssuer` })
  const parsed = parseOidcIssuer(issuer)
  if (!parsed) {
    return (
      <>
        From <code>{ISSUER_COMMAND}</code>. Its JSON output, or the issuer in quotes, works too.
      </>
    )
  }
  return (
    <>
      Region {parsed.region}, partition {partitionOfRegion(parsed.region)}. Provider: <code>{parsed.provider}</code>
    </>
  )
}
