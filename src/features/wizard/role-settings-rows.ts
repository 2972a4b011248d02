import type { ConfigInput } from '../../domain/config/schema'
import type { StepId } from './steps'

const hours = (seconds: number) => (seconds % 3600 === 0 ? `${seconds / 3600} hour${seconds === 3600 ? '' : 's'}` : `${seconds} seconds`)

/** The review's rows for the role's settings: one row each that is set, or one saying none is. */
export function roleSettingsRows({ roleSettings: settings }: ConfigInput): [string, string, StepId][] {
  const rows: [string, string, StepId][] = []
  if (settings.permissionsBoundary !== '') {
    rows.push(['Permissions boundary', `${settings.permissionsBoundary} (limits what the role’s policies grant)`, 'role'])
  }
  if (settings.description !== '') rows.push(['Description', settings.description, 'role'])
  if (settings.maxSessionDuration !== null) rows.push(['Maximum session duration', hours(settings.maxSessionDuration), 'role'])
  if (settings.tags.length > 0) rows.push(['Tags', settings.tags.map(({ key, value }) => `${key}=${value}`).join(', '), 'role'])
  return rows.length > 0 ? rows : [['Role settings', 'No boundary, description, session duration or tags', 'role']]
}
