import type { PodIdentityAssociation } from '../pod-identity/service-accounts'

const ASSOCIATIONS_FILE = 'pod-identity-associations.txt'
const TO_CREATE_FILE = 'pod-identity-to-create.txt'

/** The sentence the script's header adds when it makes EKS Pod Identity associations. */
export const POD_IDENTITY_HEADER =
  ' It creates the EKS Pod Identity associations the role lacks; it stops before any change when one of their service accounts is associated with another role.'

/** The associations, one a line: cluster, namespace and service account, separated by tabs (none of them holds one). */
export function podIdentityList(associations: readonly PodIdentityAssociation[]): string {
  const lines = associations.map((a) => `${a.clusterName}\t${a.namespace}\t${a.serviceAccount}\n`).join('')
  return `# The EKS Pod Identity associations: cluster, namespace and service account, tab-separated, one a line.
cat > "$documents/${ASSOCIATIONS_FILE}" <<'EOF_LIST'
${lines}EOF_LIST
`
}

/**
 * Read-only, before any change: EKS allows one association per service account (in a namespace of a cluster), so an
 * association of another role makes the script stop, as does one with session tags turned off, since the trust
 * policy checks the tags. The ones that do not exist yet are listed for creation; existing ones are kept.
 */
export const POD_IDENTITY_CHECK = `# 1b. EKS Pod Identity, before any change: each service account above has at most one association. Stop when
# one is associated with another role, or has session tags turned off (the trust policy checks the tags).
: > "$documents/${TO_CREATE_FILE}"
while IFS=$'\\t' read -r cluster namespace service_account; do
  read_aws "$documents/association.txt" eks list-pod-identity-associations --region="$region" --cluster-name="$cluster" \\
    --namespace="$namespace" --service-account="$service_account" --query='associations[0].associationId' --output=text
  association_id="$(< "$documents/association.txt")"
  if [ "$association_id" = None ]; then
    printf '%s\\t%s\\t%s\\n' "$cluster" "$namespace" "$service_account" >> "$documents/${TO_CREATE_FILE}"
    continue
  fi
  read_aws "$documents/association.txt" eks describe-pod-identity-association --region="$region" --cluster-name="$cluster" \\
    --association-id="$association_id" --query='[association.roleArn, association.disableSessionTags]' --output=text
  IFS=$'\\t' read -r associated_role session_tags_off < "$documents/association.txt"
  if [ "$associated_role" != "$role_arn" ]; then
    printf 'Stopped before any change: service account %s in namespace %s of cluster %s is associated with role %s (association %s). EKS allows one association per service account: delete it (aws eks delete-pod-identity-association) or use that role.\\n' \\
      "$service_account" "$namespace" "$cluster" "$associated_role" "$association_id" >&2
    exit 1
  fi
  if [ "$session_tags_off" = True ]; then
    printf 'Stopped before any change: association %s (service account %s in namespace %s of cluster %s) has session tags turned off, and the trust policy of %s checks them. Turn them on for it with aws eks update-pod-identity-association.\\n' \\
      "$association_id" "$service_account" "$namespace" "$cluster" "$role_name" >&2
    exit 1
  fi
done < "$documents/${ASSOCIATIONS_FILE}"
`

/** After the role exists with its trust policy: the associations it lacks. */
export const POD_IDENTITY_CREATE = `# 5b. The EKS Pod Identity associations the role lacks (existing ones were checked in 1b and are kept).
while IFS=$'\\t' read -r cluster namespace service_account; do
  change create "the EKS Pod Identity association of service account $service_account in namespace $namespace of cluster $cluster" \\
    eks create-pod-identity-association --region="$region" --cluster-name="$cluster" --namespace="$namespace" \\
    --service-account="$service_account" --role-arn="$role_arn"
done < "$documents/${TO_CREATE_FILE}"
`
