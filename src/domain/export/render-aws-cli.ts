import type { PolicyDocument, Statement } from '../iam/policy'
import { AWS_CLI_HELPERS, MISSING_STATEMENT_HELPER } from './aws-cli-helpers'
import {
  POD_IDENTITY_CHECK,
  POD_IDENTITY_CREATE,
  POD_IDENTITY_HEADER,
  podIdentityList,
} from './pod-identity-cli'
import type { RoleBundle } from './role-bundle'
import { shellQuote } from '../shell/shell-quote'
import { hasRoleSettings } from '../role-settings/resolve-role-settings'
import { roleSettingsFiles, roleSettingsOptions, roleSettingsStep, ROLE_SETTINGS_HEADER, roleSettingsVariables } from './aws-cli-role-settings'

/** IAM keeps at most five versions of a managed policy (domain-facts §9). */
const MAX_POLICY_VERSIONS = 5

const heredoc = (fileName: string, text: string, end = 'EOF_POLICY') =>
  `cat > "$documents/${fileName}" <<'${end}'\n${text}${end}\n`

/** A document written as the app shows it: two-space indented JSON. */
const policyFile = (fileName: string, document: PolicyDocument | Statement) =>
  heredoc(fileName, `${JSON.stringify(document, null, 2)}\n`)

const file = (name: string) => `"file://$documents/${name}"`

const variable = (name: string, value: string) => `${name}=${shellQuote(value)}`

/**
 * A bash script that makes the role exactly what the bundle describes with the AWS CLI, however often it runs:
 * it checks the account first, then changes only what differs (`--dry-run` says what, and changes nothing).
 * Every argument is passed as `--option=value`, so no value is ever read as an option.
 */
export function renderAwsCli(bundle: RoleBundle): string {
  const { inlinePolicy, submitterPolicy } = bundle
  const merge = bundle.trustUpdate === 'merge'
  const associations = bundle.podIdentityAssociations.length > 0
  return [
    header(bundle),
    variables(bundle),
    USAGE_AND_ARGUMENTS,
    AWS_CLI_HELPERS,
    merge ? MISSING_STATEMENT_HELPER : '',
    policyFile('trust-policy.json', bundle.trustPolicy),
    ...(merge ? bundle.trustStatements.map((s, i) => policyFile(trustStatementFile(i), s)) : []),
    inlinePolicy ? policyFile(inlinePolicy.fileName, inlinePolicy.document) : '',
    '# The managed policies the role has attached, one ARN a line; any other is detached.',
    heredoc('managed-policies.txt', bundle.managedPolicyArns.map((arn) => `${arn}\n`).join(''), 'EOF_LIST'),
    submitterPolicy ? policyFile(submitterPolicy.fileName, submitterPolicy.document) : '',
    roleSettingsFiles(bundle.settings),
    associations ? podIdentityList(bundle.podIdentityAssociations) : '',
    ACCOUNT_CHECK,
    associations ? POD_IDENTITY_CHECK : '',
    merge ? mergedTrust(bundle) : replacedTrust(bundle),
    roleSettingsStep(bundle.settings),
    CURRENT_POLICIES,
    addedPolicies(inlinePolicy?.fileName ?? null),
    REMOVED_POLICIES,
    associations ? POD_IDENTITY_CREATE : '',
    submitterPolicy ? submittersPolicy(submitterPolicy.fileName) : '',
    SUMMARY,
  ]
    .filter((part) => part !== '')
    .join('\n')
}

const trustStatementFile = (index: number) => `trust-statement-${index + 1}.json`

/** Text as `# ` comment lines of at most 112 characters. */
function comment(text: string): string[] {
  const lines: string[] = []
  for (const word of text.split(' ')) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + word.length < 112) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(`# ${word}`)
  }
  return lines
}

function header(bundle: RoleBundle): string {
  const trust =
    bundle.trustUpdate === 'merge'
      ? 'adds the trust statements it lacks (as `aws emr-containers update-role-trust-policy` does)'
      : 'replaces its trust policy'
  const settings = hasRoleSettings(bundle.settings) ? ROLE_SETTINGS_HEADER : ''
  const submitters = bundle.submitterPolicy
    ? ' It creates the job submitters’ policy, or a new default version of it (IAM keeps five versions: the oldest that is not the default goes first).'
    : ''
  const associations = bundle.podIdentityAssociations.length > 0 ? POD_IDENTITY_HEADER : ''
  return [
    '#!/usr/bin/env bash',
    `# ${bundle.description}.`,
    ...comment(
      `Makes the role what this file describes, however often it runs. It checks the account first, then creates the role or ${trust}, puts its inline policy and attaches its managed policies, then deletes the inline policies and detaches the managed policies it does not name.${settings}${associations}${submitters} Each change is printed as it happens; \`bash <this file> --dry-run\` prints the plan and changes nothing. Needs bash and the AWS CLI v2.`,
    ),
    'set -euo pipefail',
    '',
  ].join('\n')
}

function variables(bundle: RoleBundle): string {
  const { inlinePolicy, submitterPolicy } = bundle
  const lines = [
    variable('account_id', bundle.accountId),
    variable('partition', bundle.partition),
    variable('role_name', bundle.roleName),
    variable('role_path', bundle.rolePath),
    variable('role_arn', bundle.roleArn),
    variable('role_description', bundle.settings.description ?? bundle.description),
    ...roleSettingsVariables(bundle.settings),
    inlinePolicy
      ? variable('inline_policy_name', inlinePolicy.name)
      : `${variable('inline_policy_name', '')} # none: every inline policy is deleted`,
  ]
  // EKS is regional: the Pod Identity associations are made in the role's region.
  if (bundle.podIdentityAssociations.length > 0) lines.push(variable('region', bundle.region))
  if (submitterPolicy) {
    lines.push(
      variable('submitters_policy_name', submitterPolicy.name),
      variable('submitters_policy_arn', `arn:${bundle.partition}:iam::${bundle.accountId}:policy/${submitterPolicy.name}`),
      variable('submitters_policy_description', submitterPolicy.description),
    )
  }
  return `${lines.join('\n')}\n`
}

const USAGE_AND_ARGUMENTS = `usage() {
  printf '%s\\n' "Usage: bash \${0##*/} [--dry-run] [--help]" \\
    "Makes IAM role $role_name in account $account_id what this script describes; safe to run again." \\
    '  --dry-run  print what it would change, and change nothing (read-only AWS calls only)' \\
    '  --help     print this help'
}
dry_run=false
for argument in "$@"; do
  case "$argument" in
    --dry-run) dry_run=true ;;
    --help) usage; exit 0 ;;
    *) printf 'Unknown argument: %s\\n' "$argument" >&2; usage >&2; exit 2 ;;
  esac
done

export AWS_PAGER=''
documents="$(mktemp -d)"
trap 'rm -rf "$documents"' EXIT
changes=0
`

const ACCOUNT_CHECK = `# 1. The account: stop before any change when the AWS CLI's credentials are for another account or partition.
caller_arn="$(aws sts get-caller-identity --query=Arn --output=text < /dev/null)"
IFS=: read -r _ caller_partition _ _ caller_account _ <<< "$caller_arn"
if [ "$caller_account" != "$account_id" ] || [ "$caller_partition" != "$partition" ]; then
  printf 'Stopped before any change: this script is for account %s (partition %s), but the AWS CLI is signed in to account %s (partition %s).\\n' \\
    "$account_id" "$partition" "$caller_account" "$caller_partition" >&2
  exit 1
fi
`

const createRole = (bundle: RoleBundle) => `  role_created=true
  change create "role $role_name" iam create-role --role-name="$role_name" --path="$role_path" \\
    --description="$role_description" --assume-role-policy-document=${file('trust-policy.json')}${roleSettingsOptions(bundle.settings)}
fi
`

const replacedTrust = (bundle: RoleBundle) => `# 2. The role, with exactly this trust policy.
role_created=false
if read_aws "$documents/role.txt" iam get-role --role-name="$role_name" \\
  --query="[Role.Path, Role.AssumeRolePolicyDocument == $(literal "$documents/trust-policy.json")]" --output=text; then
  IFS=$'\\t' read -r current_path trust_unchanged < "$documents/role.txt"
  check_path "$current_path"
  if [ "$trust_unchanged" != True ]; then
    change update "the trust policy of role $role_name" iam update-assume-role-policy --role-name="$role_name" \\
      --policy-document=${file('trust-policy.json')}
  fi
else
${createRole(bundle)}`

function mergedTrust(bundle: RoleBundle): string {
  const missing = bundle.trustStatements.map((_, i) => `$(missing_statement ${trustStatementFile(i)})`).join(', ')
  return `# 2. The role, its trust policy holding each statement above once; statements this script did not write stay.
missing_statements="[${missing}][]"
role_created=false
if read_aws "$documents/role.txt" iam get-role --role-name="$role_name" \\
  --query="[Role.Path, length($missing_statements)]" --output=text; then
  IFS=$'\\t' read -r current_path missing_count < "$documents/role.txt"
  check_path "$current_path"
  if [ "$missing_count" -gt 0 ]; then
    read_aws "$documents/merged-trust-policy.json" iam get-role --role-name="$role_name" --output=json \\
      --query="merge(Role.AssumeRolePolicyDocument, {Statement: [$current_statements, $missing_statements][]})"
    change update "the trust policy of role $role_name ($missing_count statements added)" iam update-assume-role-policy \\
      --role-name="$role_name" --policy-document=${file('merged-trust-policy.json')}
  fi
else
${createRole(bundle)}`
}

const CURRENT_POLICIES = `# 3. What the role has now: its inline policies and its attached managed policies, one a line.
if [ "$role_created" = true ]; then
  : > "$documents/inline-policies.txt"
  : > "$documents/attached-policies.txt"
else
  read_aws "$documents/inline-policies.txt" iam list-role-policies --role-name="$role_name" \\
    --query='PolicyNames[].[@]' --output=text
  read_aws "$documents/attached-policies.txt" iam list-attached-role-policies --role-name="$role_name" \\
    --query='AttachedPolicies[].[PolicyArn]' --output=text
fi
`

function addedPolicies(fileName: string | null): string {
  const put =
    fileName === null
      ? ''
      : `inline_unchanged=False
if listed "$inline_policy_name" "$documents/inline-policies.txt"; then
  read_aws "$documents/inline-unchanged.txt" iam get-role-policy --role-name="$role_name" --policy-name="$inline_policy_name" \\
    --query="PolicyDocument == $(literal "$documents/${fileName}")" --output=text
  inline_unchanged="$(< "$documents/inline-unchanged.txt")"
fi
if [ "$inline_unchanged" != True ]; then
  change put "inline policy $inline_policy_name" iam put-role-policy --role-name="$role_name" \\
    --policy-name="$inline_policy_name" --policy-document=${file(fileName)}
fi
`
  return `# 4. Added before anything is removed, so that jobs keep their access meanwhile: ${fileName === null ? 'the' : 'the inline policy\n# (put when it differs) and the'} managed policies listed above.
${put}while IFS= read -r policy_arn; do
  if ! listed "$policy_arn" "$documents/attached-policies.txt"; then
    change attach "$policy_arn" iam attach-role-policy --role-name="$role_name" --policy-arn="$policy_arn"
  fi
done < "$documents/managed-policies.txt"
`
}

const REMOVED_POLICIES = `# 5. Removed: every other inline policy, and every other managed policy.
while IFS= read -r policy_name; do
  if [ "$policy_name" != "$inline_policy_name" ]; then
    change delete "inline policy $policy_name" iam delete-role-policy --role-name="$role_name" --policy-name="$policy_name"
  fi
done < "$documents/inline-policies.txt"
while IFS= read -r policy_arn; do
  if ! listed "$policy_arn" "$documents/managed-policies.txt"; then
    change detach "$policy_arn" iam detach-role-policy --role-name="$role_name" --policy-arn="$policy_arn"
  fi
done < "$documents/attached-policies.txt"
`

function submittersPolicy(fileName: string): string {
  return `# 6. The job submitters’ policy: created, or given a new default version when it differs. IAM keeps at most
# ${MAX_POLICY_VERSIONS} versions: with ${MAX_POLICY_VERSIONS}, the oldest that is not the default is deleted first.
if read_aws "$documents/versions.txt" iam list-policy-versions --policy-arn="$submitters_policy_arn" --output=text \\
  --query='[length(Versions), Versions[?IsDefaultVersion].VersionId | [0], sort_by(Versions[?!IsDefaultVersion], &CreateDate)[0].VersionId]'; then
  IFS=$'\\t' read -r version_count default_version oldest_version < "$documents/versions.txt"
  read_aws "$documents/submitters-unchanged.txt" iam get-policy-version --policy-arn="$submitters_policy_arn" \\
    --version-id="$default_version" --query="PolicyVersion.Document == $(literal "$documents/${fileName}")" --output=text
  if [ "$(< "$documents/submitters-unchanged.txt")" != True ]; then
    if [ "$version_count" -ge ${MAX_POLICY_VERSIONS} ]; then
      change delete "version $oldest_version of $submitters_policy_arn" iam delete-policy-version \\
        --policy-arn="$submitters_policy_arn" --version-id="$oldest_version"
    fi
    change create "a new default version of $submitters_policy_arn" iam create-policy-version \\
      --policy-arn="$submitters_policy_arn" --policy-document=${file(fileName)} --set-as-default
  fi
else
  change create "policy $submitters_policy_arn" iam create-policy --policy-name="$submitters_policy_name" \\
    --description="$submitters_policy_description" --policy-document=${file(fileName)}
fi
echo "Job submitters’ policy: $submitters_policy_arn (attach it to the people or pipelines that submit jobs)"
`
}

const SUMMARY = `if [ "$dry_run" = true ]; then
  echo "Dry run: $changes change(s) planned, none made."
else
  echo "Role ready: $role_arn ($changes change(s))"
fi
`
