// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useEffect } from 'react'
import { useFieldArray, useForm, type UseFormReturn } from 'react-hook-form'
import { afterEach, describe, expect, it } from 'vitest'
import { listenToAnswerChanges, type AnswerChange } from './answer-changes'

interface Answers {
  roleName: string
  audience: boolean
  buckets: { name: string }[]
}

/** A form like the app's (onTouched, a resolver), recording every change the listener reports. */
function renderForm() {
  const changes: AnswerChange[] = []
  let form: UseFormReturn<Answers> | undefined
  function Harness() {
    const methods = useForm<Answers>({
      defaultValues: { roleName: 'Role', audience: false, buckets: [{ name: 'amzn-a' }] },
      mode: 'onTouched',
      resolver: (values) => Promise.resolve({ values, errors: {} }),
    })
    form = methods
    const { fields, append } = useFieldArray({ control: methods.control, name: 'buckets' })
    useEffect(() => listenToAnswerChanges(methods.control, methods.getValues, (change) => changes.push(change)), [methods])
    return (
      <form>
        <label>
          Role name <input {...methods.register('roleName')} />
        </label>
        <label>
          Audience <input type="checkbox" {...methods.register('audience')} />
        </label>
        {fields.map((field, index) => (
          <label key={field.id}>
            Bucket {index + 1} <input {...methods.register(`buckets.${index}.name`)} />
          </label>
        ))}
        <button type="button" onClick={() => append({ name: '' })}>
          Add
        </button>
      </form>
    )
  }
  render(<Harness />)
  return { changes, form: () => form! }
}

afterEach(cleanup)

describe('listenToAnswerChanges', () => {
  it('reports each typed character as one answer, with the value the form now holds', async () => {
    const { changes } = renderForm()
    await userEvent.type(screen.getByLabelText('Role name'), 'XY')
    expect(changes).toEqual([
      { kind: 'one', path: 'roleName', value: 'RoleX' },
      { kind: 'one', path: 'roleName', value: 'RoleXY' },
    ])
  })

  it('reports a ticked box and a typed list item as one answer; leaving a field is no change', async () => {
    const { changes } = renderForm()
    await userEvent.click(screen.getByLabelText('Audience'))
    await userEvent.type(screen.getByLabelText('Bucket 1'), 'b')
    await userEvent.tab()
    expect(changes).toEqual([
      { kind: 'one', path: 'audience', value: true },
      { kind: 'one', path: 'buckets.0.name', value: 'amzn-ab' },
    ])
  })

  it('reports a value set by code as one answer, and a list change or a reset as all', async () => {
    const { changes, form } = renderForm()
    act(() => form().setValue('roleName', 'Coded'))
    expect(changes).toEqual([{ kind: 'one', path: 'roleName', value: 'Coded' }])
    await userEvent.click(screen.getByRole('button', { name: 'Add' }))
    expect(changes.slice(1)).toContainEqual({ kind: 'all' })
    changes.length = 0
    act(() => form().setValue('buckets', [{ name: 'amzn-z' }]))
    act(() => form().reset({ roleName: 'Reset', audience: true, buckets: [] }))
    expect(changes).toEqual([{ kind: 'all' }, { kind: 'all' }])
  })

  it('reports nothing once stopped', async () => {
    const changes: AnswerChange[] = []
    function Harness() {
      const methods = useForm<Answers>({ defaultValues: { roleName: '', audience: false, buckets: [] } })
      useEffect(() => {
        const stop = listenToAnswerChanges(methods.control, methods.getValues, (change) => changes.push(change))
        stop()
      }, [methods])
      return <input aria-label="Role name" {...methods.register('roleName')} />
    }
    render(<Harness />)
    await userEvent.type(screen.getByLabelText('Role name'), 'a')
    expect(changes).toEqual([])
  })
})
