import { useWatch } from 'react-hook-form'
import { CheckboxField } from '../../components/checkbox-field'
import { TextAreaField } from '../../components/text-area-field'
import type { ConfigInput } from '../../domain/config/schema'
import { ClusterPairList } from './cluster-pair-list'
import { EksCredentialsField } from './eks-credentials-field'

export function EksClustersStep() {
  const podIdentity = useWatch<ConfigInput, 'eksCredentials'>({ name: 'eksCredentials' }) === 'pod-identity'
  return (
    <>
      <h3>EKS clusters and namespaces</h3>
      {podIdentity ? (
        <p className="step-intro">
          One trust statement per cluster for EKS Pod Identity: pods whose session tags name the cluster, one of its
          namespaces below and one of this role’s EMR service accounts may assume the role, and no others can.
        </p>
      ) : (
        <p className="step-intro">
          One trust statement per (cluster, namespace) pair, exactly as <code>aws emr-containers update-role-trust-policy</code>{' '}
          writes it: jobs in that namespace may assume the role through the cluster’s OIDC provider, and no other
          service accounts can.
        </p>
      )}
      <EksCredentialsField />
      <ClusterPairList />
      <fieldset>
        <legend>Options (off by default)</legend>
        {!podIdentity && (
          <CheckboxField
            name="eks.requireAudience"
            label="Also require the aud claim to be sts.amazonaws.com"
            hint="EKS’s generic examples add it. The CLI does not, so it would then see your statement as different and append its own."
          />
        )}
        <CheckboxField
          name="eks.serviceAccounts.sparkOperator"
          label="Spark operator service account"
          hint="emr-containers-sa-spark-operator, in the same namespace; it does not match the job pattern."
        />
        <CheckboxField
          name="eks.serviceAccounts.flinkOperator"
          label="Flink operator service account"
          hint="emr-containers-sa-flink-operator, in the same namespace."
        />
        <CheckboxField
          name="eks.serviceAccounts.livy"
          label="Livy service accounts"
          hint="emr-containers-sa-livy and emr-container-sa-spark-livy, in the same namespace."
        />
      </fieldset>
      {!podIdentity && (
        <TextAreaField
          name="eks.existingTrustPolicy"
          label="Existing trust policy (optional)"
          rows={6}
          placeholder='{"Version": "2012-10-17", "Statement": [ … ]}'
          hint="Paste the role’s current trust policy (aws iam get-role --query Role.AssumeRolePolicyDocument) to get what the CLI would leave: an identical statement is not added twice, a different one is appended."
        />
      )}
    </>
  )
}
