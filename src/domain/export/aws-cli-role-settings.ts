import type { ResolvedRoleSettings } from '../role-settings/resolve-role-settings'
import { hasRoleSettings } from '../role-settings/resolve-role-settings'
import { shellQuote } from '../shell/shell-quote'

// The AWS CLI script's part for the role's settings: nothing at all while none is set, so scripts stay as they were.

export const ROLE_SETTINGS_HEADER =
  ' It also gives the role its permissions boundary, description, maximum session duration and tags where they differ; tags it does not name stay, and so does a boundary when it sets none.'

/** What the role's settings are compared with: GetRole's names for them (only those set). */
function comparedSettings(settings: ResolvedRoleSettings): Record<string, unknown> | null {
  const compared: Record<string, unknown> = {}
  if (settings.permissionsBoundary !== null) compared.PermissionsBoundaryArn = settings.permissionsBoundary
  if (settings.description !== null) compared.Description = settings.description
  if (settings.maxSessionDuration !== null) compared.MaxSessionDuration = settings.maxSessionDuration
  return Object.keys(compared).length === 0 ? null : compared
}

const json = (fileName: string, value: unknown) =>
  `cat > "$documents/${fileName}" <<'EOF_POLICY'\n${JSON.stringify(value, null, 2)}\nEOF_POLICY\n`

export function roleSettingsVariables(settings: ResolvedRoleSettings): string[] {
  const lines: string[] = []
  if (settings.permissionsBoundary !== null) lines.push(`permissions_boundary=${shellQuote(settings.permissionsBoundary)}`)
  if (settings.maxSessionDuration !== null) lines.push(`max_session_duration=${settings.maxSessionDuration}`)
  return lines
}

/** The tags as CreateRole and TagRole take them, and the other settings as GetRole answers them, to compare. */
export function roleSettingsFiles(settings: ResolvedRoleSettings): string {
  const compared = comparedSettings(settings)
  return [
    compared === null ? '' : `# The role's settings, as \`aws iam get-role\` answers them.\n${json('role-settings.json', compared)}`,
    settings.tags.length === 0 ? '' : `# The role's tags: any other tag it has stays.\n${json('tags.json', settings.tags)}`,
  ].join('')
}

/** The options that give a new role its settings. */
export function roleSettingsOptions(settings: ResolvedRoleSettings): string {
  const options = [
    settings.permissionsBoundary === null ? '' : '--permissions-boundary="$permissions_boundary"',
    settings.maxSessionDuration === null ? '' : '--max-session-duration="$max_session_duration"',
    settings.tags.length === 0 ? '' : '--tags="file://$documents/tags.json"',
  ].filter((option) => option !== '')
  return options.length === 0 ? '' : ` \\\n    ${options.join(' ')}`
}

/** A role that exists already (made by an earlier run, or by hand) gets each setting that differs. */
export function roleSettingsStep(settings: ResolvedRoleSettings): string {
  if (!hasRoleSettings(settings)) return ''
  const checks: [name: string, query: string][] = []
  if (settings.permissionsBoundary !== null) {
    checks.push(['boundary_unchanged', 'Role.PermissionsBoundary.PermissionsBoundaryArn == $settings.PermissionsBoundaryArn'])
  }
  if (settings.description !== null) checks.push(['description_unchanged', 'Role.Description == $settings.Description'])
  if (settings.maxSessionDuration !== null) {
    checks.push(['duration_unchanged', 'Role.MaxSessionDuration == $settings.MaxSessionDuration'])
  }
  if (settings.tags.length > 0) checks.push(['tags_unchanged', 'length((Role.Tags || `[]`)[?contains($tags, @)]) == length($tags)'])
  const names = checks.map(([name]) => name)
  const query = checks.map(([, q]) => q.replace(/`/g, '\\`')).join(', ')
  const literals = [
    comparedSettings(settings) === null ? '' : '  settings="$(literal "$documents/role-settings.json")"\n',
    settings.tags.length === 0 ? '' : '  tags="$(literal "$documents/tags.json")"\n',
  ].join('')
  const changes: string[] = []
  if (settings.permissionsBoundary !== null) {
    changes.push(`  if [ "$boundary_unchanged" != True ]; then
    change update "the permissions boundary of role $role_name" iam put-role-permissions-boundary --role-name="$role_name" \\
      --permissions-boundary="$permissions_boundary"
  fi
`)
  }
  const updated = [
    settings.description === null ? null : { test: '"$description_unchanged" != True', what: 'description', option: '--description="$role_description"' },
    settings.maxSessionDuration === null
      ? null
      : { test: '"$duration_unchanged" != True', what: 'maximum session duration', option: '--max-session-duration="$max_session_duration"' },
  ].filter((item) => item !== null)
  if (updated.length > 0) {
    changes.push(`  if ${updated.map((u) => `[ ${u.test} ]`).join(' || ')}; then
    change update "the ${updated.map((u) => u.what).join(' and ')} of role $role_name" iam update-role --role-name="$role_name" \\
      ${updated.map((u) => u.option).join(' ')}
  fi
`)
  }
  if (settings.tags.length > 0) {
    changes.push(`  if [ "$tags_unchanged" != True ]; then
    change update "the tags of role $role_name" iam tag-role --role-name="$role_name" --tags="file://$documents/tags.json"
  fi
`)
  }
  return `# 2b. The role's settings, on a role that exists already: each that differs is set (a new role has them all).
if [ "$role_created" = false ]; then
${literals}  read_aws "$documents/role-settings.txt" iam get-role --role-name="$role_name" --output=text \\
    --query="[${query}]"
  IFS=$'\\t' read -r ${names.join(' ')} < "$documents/role-settings.txt"
${changes.join('')}fi
`
}
