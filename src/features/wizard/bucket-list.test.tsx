// @vitest-environment jsdom
import { zodResolver } from '@hookform/resolvers/zod'
import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { FormProvider, useForm, type UseFormReturn } from 'react-hook-form'
import { afterEach, describe, expect, it } from 'vitest'
import { revealField } from '../../components/field-reveal'
import { configSchema, type Config, type ConfigInput } from '../../domain/config/schema'
import { testConfig } from '../../domain/test-configs'
import { BucketList } from './bucket-list'

// jsdom has no layout: the list treats its box as 26rem high and each row as its estimated height, so it
// renders a first window of rows, the last row, and whatever is revealed or focused.

const COUNT = 500
const buckets = Array.from({ length: COUNT }, (_, i) => ({ name: `amzn-example-${i + 1}`, prefix: '', access: 'read' as const }))

/** Renders the list and waits for its rows (they load in their own chunk). */
async function renderList(): Promise<{ form: () => UseFormReturn<ConfigInput, unknown, Config> }> {
  let form: UseFormReturn<ConfigInput, unknown, Config> | undefined
  function Harness() {
    const methods = useForm<ConfigInput, unknown, Config>({
      resolver: zodResolver(configSchema),
      defaultValues: testConfig({ buckets }),
      mode: 'onTouched',
    })
    form = methods
    return (
      <FormProvider {...methods}>
        <BucketList />
      </FormProvider>
    )
  }
  render(<Harness />)
  await screen.findByRole('group', { name: 'Bucket 1' }, { timeout: 5000 }) // the first import transforms the module
  return { form: () => form! }
}

const nameInput = (n: number) => screen.queryByLabelText(`Bucket ${n} name`)
const reveal = (field: string) => act(() => void revealField(field))

afterEach(cleanup)

describe('BucketList', () => {
  it('renders a window of rows and the last row, not all 500', async () => {
    await renderList()
    expect(screen.getByRole('group', { name: `Buckets (${COUNT})` })).toBeTruthy()
    const rows = screen.getAllByRole('group', { name: /^Bucket \d+$/ })
    expect(rows.length).toBeGreaterThan(5)
    expect(rows.length).toBeLessThan(40)
    expect(nameInput(1)).not.toBeNull()
    expect(nameInput(COUNT)).not.toBeNull()
    expect(nameInput(250)).toBeNull()
  })

  it('reveals a far row for a field path, so setFocus can focus it', async () => {
    const { form } = await renderList()
    expect(revealField('eks.clusters.0.name')).toBe(false)
    expect(revealField(`buckets.${COUNT}.name`)).toBe(false) // past the end
    reveal('buckets.249.name')
    expect((nameInput(250) as HTMLInputElement).value).toBe('amzn-example-250')
    form().setFocus('buckets.249.name')
    await waitFor(() => expect(document.activeElement).toBe(nameInput(250)))
  })

  it('keeps the value and error of a row that leaves the DOM, and shows them when it comes back', async () => {
    const user = userEvent.setup()
    await renderList()
    reveal('buckets.249.name')
    await user.clear(nameInput(250)!)
    await user.type(nameInput(250)!, 'Bad_Name')
    await user.tab() // to the key prefix: the name is touched, and checked
    await waitFor(() => expect(nameInput(250)?.getAttribute('aria-invalid')).toBe('true'))

    reveal('buckets.99.name')
    expect(nameInput(250)).toBeNull()
    reveal('buckets.249.name')
    const input = nameInput(250) as HTMLInputElement
    expect(input.value).toBe('Bad_Name')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText(/upper-case letters/)).toBeTruthy()
  })

  it('Tab and Shift-Tab into a neighbour that is not rendered render it and focus it', async () => {
    const user = userEvent.setup()
    await renderList()
    reveal('buckets.249.name')
    expect(nameInput(251)).toBeNull()
    screen.getByRole('button', { name: 'Remove bucket 250' }).focus()
    await user.tab()
    expect(document.activeElement).toBe(nameInput(251))

    reveal('buckets.299.name')
    nameInput(300)!.focus()
    expect(screen.queryByRole('button', { name: 'Remove bucket 299' })).toBeNull()
    await user.tab({ shift: true })
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove bucket 299' }))
  })
})
