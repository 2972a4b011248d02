// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { defaultRoleSettings } from '../../domain/config/role-settings-schema'
import { testConfig } from '../../domain/test-configs'
import { renderInForm } from '../../test-support/render-in-form.test-util'
import { RoleSettingsFields } from './role-settings-fields'
import { RoleSettingsSection } from './role-settings-section'

afterEach(cleanup)

describe('role settings on the role step', () => {
  it('stores the session duration in seconds, chosen in hours, and back to unset', async () => {
    const user = userEvent.setup()
    const form = renderInForm(testConfig(), <RoleSettingsFields />)
    const duration = screen.getByRole('combobox', { name: 'Maximum session duration' })
    await user.selectOptions(duration, '12 hours')
    expect(form().getValues('roleSettings.maxSessionDuration')).toBe(43200)
    await user.selectOptions(duration, 'Not set (IAM’s default, 1 hour)')
    expect(form().getValues('roleSettings.maxSessionDuration')).toBeNull()
  })

  it('adds tags as key and value rows; a repeated key in another case is refused at its field', async () => {
    const user = userEvent.setup()
    const form = renderInForm(testConfig(), <RoleSettingsFields />)
    await user.click(screen.getByRole('button', { name: 'Add tag' }))
    await user.type(screen.getByRole('textbox', { name: 'Tag 1 key' }), 'Team')
    await user.type(screen.getByRole('textbox', { name: 'Tag 1 value' }), 'data')
    await user.click(screen.getByRole('button', { name: 'Add tag' }))
    const second = within(screen.getByRole('group', { name: 'Tag 2' })).getByRole('textbox', { name: 'Tag 2 key' })
    await user.type(second, 'team')
    await user.tab()
    await waitFor(() => expect(second.getAttribute('aria-invalid')).toBe('true'))
    expect(screen.getByText(/Tag 1 has this key already/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Remove tag 2' }))
    expect(form().getValues('roleSettings.tags')).toEqual([{ key: 'Team', value: 'data' }])
  })

  it('shows a boundary in another partition wrong at its field, and says the boundary limits rather than grants', async () => {
    const user = userEvent.setup()
    renderInForm(testConfig({ region: 'cn-north-1' }), <RoleSettingsFields />)
    const boundary = screen.getByRole('textbox', { name: 'Permissions boundary (optional)' })
    expect(boundary.getAttribute('placeholder')).toBe('arn:aws-cn:iam::123456789012:policy/TeamBoundary')
    expect(screen.getByText(/the boundary limits, it grants nothing/)).toBeTruthy()
    await user.type(boundary, 'arn:aws:iam::123456789012:policy/B')
    await user.tab()
    await waitFor(() => expect(boundary.getAttribute('aria-invalid')).toBe('true'))
    expect(screen.getByText(/in the role's partition: arn:aws-cn:iam::<account ID or aws>:policy/)).toBeTruthy()
  })

  it('is folded away by default, and open when a setting is set', async () => {
    renderInForm(testConfig(), <RoleSettingsSection />)
    expect(screen.getByText(/^Role settings your platform may require/).closest('details')?.open).toBe(false)
    cleanup()
    renderInForm(testConfig({ roleSettings: { ...defaultRoleSettings(), description: 'Team A' } }), <RoleSettingsSection />)
    expect(await screen.findByRole('textbox', { name: 'Description (optional)' })).toBeTruthy()
  })
})
