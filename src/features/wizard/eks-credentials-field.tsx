import { RadioGroupField } from '../../components/radio-group-field'

/** How job pods get the role's credentials: IRSA (the default) or EKS Pod Identity. */
export function EksCredentialsField() {
  return (
    <RadioGroupField
      name="eksCredentials"
      legend="How job pods get the role’s credentials"
      options={[
        {
          value: 'irsa',
          label: 'IAM roles for service accounts (IRSA)',
          description: (
            <>
              One trust statement per cluster and namespace through the cluster’s OIDC provider, as{' '}
              <code>aws emr-containers update-role-trust-policy</code> writes it. Any EMR release; the trust policy’s
              4,096-character quota holds about a dozen pairs.
            </>
          ),
        },
        {
          value: 'pod-identity',
          label: 'EKS Pod Identity',
          description: (
            <>
              A trust for <code>pods.eks.amazonaws.com</code>, one statement per cluster, and one association per
              service account, as <code>aws emr-containers create-role-associations</code> makes them; the exports
              create them in the role’s region. Needs emr-7.3.0 or later and the EKS Pod Identity Agent add-on. No
              OIDC issuer.
            </>
          ),
        },
      ]}
    />
  )
}
