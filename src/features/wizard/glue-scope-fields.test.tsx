// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { testConfig } from '../../domain/test-configs'
import { renderInForm } from '../../test-support/render-in-form.test-util'
import { GlueStep } from './glue-step'

afterEach(cleanup)

describe('the Glue step: databases I list, the Iceberg endpoint and Lake Formation', () => {
  it('shows the scope only with Glue access, and a first database row once listing is chosen', async () => {
    const user = userEvent.setup()
    const form = renderInForm(testConfig({ glueAccess: 'none' }), <GlueStep />)
    expect(screen.queryByRole('radiogroup', { name: 'Databases jobs use' })).toBeNull()
    await user.click(screen.getByRole('radio', { name: 'Create and read' }))
    const scope = screen.getByRole('radiogroup', { name: 'Databases jobs use' })
    await user.click(within(scope).getByRole('radio', { name: 'Databases I list' }))
    expect(screen.getByRole('textbox', { name: 'Database 1 name' })).toBeTruthy()
    await user.type(screen.getByRole('textbox', { name: 'Database 1 name' }), 'sales')
    await user.click(within(screen.getByRole('radiogroup', { name: 'Database 1 access' })).getByRole('radio', { name: 'Read and write' }))
    await user.click(screen.getByRole('button', { name: 'Add table' }))
    await user.type(screen.getByRole('textbox', { name: 'Database 1 table 1' }), 'orders')
    await user.click(screen.getByRole('checkbox', { name: 'Jobs use the Glue Iceberg REST endpoint' }))
    await user.click(screen.getByRole('checkbox', { name: 'Lake Formation governs the tables’ data' }))
    expect(form().getValues()).toMatchObject({
      glueScope: { scope: 'databases', databases: [{ name: 'sales', access: 'read-write', tables: [{ name: 'orders' }] }], icebergRest: true },
      lakeFormation: { enabled: true },
    })
  })

  it('"Read only" hides each database’s access choice', async () => {
    const user = userEvent.setup()
    renderInForm(testConfig({ glueAccess: 'read' }), <GlueStep />)
    await user.click(screen.getByRole('radio', { name: 'Databases I list' }))
    expect(screen.getByRole('textbox', { name: 'Database 1 name' })).toBeTruthy()
    expect(screen.queryByRole('radiogroup', { name: 'Database 1 access' })).toBeNull()
  })

  it('an upper-case name: the error at the field, and the lower-case name offered', async () => {
    const user = userEvent.setup()
    const form = renderInForm(testConfig({ glueAccess: 'read' }), <GlueStep />)
    await user.click(screen.getByRole('radio', { name: 'Databases I list' }))
    const name = screen.getByRole('textbox', { name: 'Database 1 name' })
    await user.type(name, 'Sales')
    await user.tab()
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'))
    expect(screen.getByText(/Glue stores database names in lower case/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: /sales/ }))
    expect(form().getValues('glueScope.databases.0.name')).toBe('sales')
  })
})
