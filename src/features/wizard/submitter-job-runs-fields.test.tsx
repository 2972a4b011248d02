// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { testConfig } from '../../domain/test-configs'
import { renderInForm } from '../../test-support/render-in-form.test-util'
import { TrustStep } from './trust-step'

afterEach(cleanup)

describe('"Submitters can also run jobs" on the trust and submitters step', () => {
  it('shows only with the PassRole policy, and its list only for listed applications', async () => {
    const user = userEvent.setup()
    renderInForm(testConfig(), <TrustStep />)
    const runJobs = screen.getByRole('checkbox', { name: 'Submitters can also run jobs' })
    expect(screen.queryByRole('group', { name: 'Submitters’ applications' })).toBeNull()
    await user.click(runJobs)
    expect(screen.getByRole('group', { name: 'Submitters’ applications' })).toBeTruthy()
    const scope = screen.getByRole('radiogroup', { name: 'Applications submitters may run jobs on' })
    await user.click(within(scope).getByRole('radio', { name: /^All applications in us-east-1/ }))
    expect(screen.queryByRole('group', { name: 'Submitters’ applications' })).toBeNull()
    await user.click(screen.getByRole('checkbox', { name: /PassRole policy/ }))
    expect(screen.queryByRole('checkbox', { name: 'Submitters can also run jobs' })).toBeNull()
  })

  it('reads an application ARN as its ID, and shows a bad ID’s error at its field', async () => {
    const user = userEvent.setup()
    const form = renderInForm(testConfig(), <TrustStep />)
    await user.click(screen.getByRole('checkbox', { name: 'Submitters can also run jobs' }))
    const row = screen.getByRole('textbox', { name: 'Submitters’ application ID 1' })
    await user.click(row)
    await user.paste('arn:aws:emr-serverless:us-east-1:123456789012:/applications/00fexample1111111')
    expect(form().getValues('submitterJobRuns.applicationIds.0.id')).toBe('00fexample1111111')
    await user.clear(row)
    await user.type(row, 'Not-An-Id')
    await user.tab()
    await waitFor(() => expect(row.getAttribute('aria-invalid')).toBe('true'))
    expect(screen.getByText(/Application IDs are lower case/)).toBeTruthy()
  })
})
