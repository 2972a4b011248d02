import { formatPolicy, type PolicyDocument } from '../iam/policy'
import type { RoleBundle } from './role-bundle'
import { shellQuote } from './shell-quote'

const heredoc = (fileName: string, document: PolicyDocument) =>
  `cat > "$documents/${fileName}" <<'EOF_POLICY'\n${formatPolicy(document)}EOF_POLICY\n`

/**
 * A bash script that creates the role with the AWS CLI, or brings an existing one up to date: safe to run
 * twice. Documents are written to a temporary folder from quoted heredocs and passed as file:// paths.
 */
export function renderAwsCli(bundle: RoleBundle): string {
  const { roleName, inlinePolicy, submitterPolicy } = bundle
  const file = (name: string) => `"file://$documents/${name}"`
  const lines: string[] = [
    '#!/usr/bin/env bash',
    `# ${bundle.description}.`,
    '# Creates the role (or updates its trust policy if it exists), puts its inline policy, attaches its managed',
    '# policies and creates (or updates) the job submitters’ policy. Safe to run again. Needs the AWS CLI v2.',
    'set -euo pipefail',
    '',
    `role_name=${shellQuote(roleName)}`,
    'documents="$(mktemp -d)"',
    'trap \'rm -rf "$documents"\' EXIT',
    '',
    heredoc('trust-policy.json', bundle.trustPolicy),
    'if aws iam get-role --role-name "$role_name" > /dev/null 2>&1; then',
    `  aws iam update-assume-role-policy --role-name "$role_name" --policy-document ${file('trust-policy.json')}`,
    'else',
    `  aws iam create-role --role-name "$role_name" --path ${shellQuote(bundle.rolePath)} \\`,
    `    --description ${shellQuote(bundle.description)} \\`,
    `    --assume-role-policy-document ${file('trust-policy.json')} > /dev/null`,
    'fi',
    '',
  ]
  if (inlinePolicy) {
    lines.push(
      heredoc(inlinePolicy.fileName, inlinePolicy.document),
      `aws iam put-role-policy --role-name "$role_name" --policy-name ${shellQuote(inlinePolicy.name)} \\`,
      `  --policy-document ${file(inlinePolicy.fileName)}`,
      '',
    )
  }
  for (const arn of bundle.managedPolicyArns) {
    lines.push(`aws iam attach-role-policy --role-name "$role_name" --policy-arn ${shellQuote(arn)}`, '')
  }
  if (submitterPolicy) {
    const arn = `arn:${bundle.partition}:iam::${bundle.accountId}:policy/${submitterPolicy.name}`
    lines.push(
      heredoc(submitterPolicy.fileName, submitterPolicy.document),
      `submitters_policy_arn=${shellQuote(arn)}`,
      'if aws iam get-policy --policy-arn "$submitters_policy_arn" > /dev/null 2>&1; then',
      '  # IAM keeps at most five versions of a managed policy: delete an old one first if this fails.',
      '  aws iam create-policy-version --policy-arn "$submitters_policy_arn" --set-as-default \\',
      `    --policy-document ${file(submitterPolicy.fileName)} > /dev/null`,
      'else',
      `  aws iam create-policy --policy-name ${shellQuote(submitterPolicy.name)} \\`,
      `    --description ${shellQuote(submitterPolicy.description)} \\`,
      `    --policy-document ${file(submitterPolicy.fileName)} > /dev/null`,
      'fi',
      'echo "Job submitters’ policy: $submitters_policy_arn (attach it to the people or pipelines that submit jobs)"',
      '',
    )
  }
  lines.push(`echo ${shellQuote(`Role ready: ${bundle.roleArn}`)}`)
  return `${lines.join('\n')}\n`
}
