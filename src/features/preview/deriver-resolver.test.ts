import type { ResolverOptions } from 'react-hook-form'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { defaultConfig } from '../../domain/config/defaults'
import type { ConfigInput } from '../../domain/config/schema'
import { testConfig } from '../../domain/test-configs'
import { trackPointerPresses } from '../../lib/pointer-press'
import { deriverResolver } from './deriver-resolver'
import { createPreviewDeriver } from './preview-deriver'
import { deriveModule } from './derive-module'

// The page loads the documents' code before it derives anything (main.tsx); so do these tests.
beforeAll(() => deriveModule.load())

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<ConfigInput>

describe('deriverResolver', () => {
  vi.stubGlobal('Worker', undefined) // in the page: the resolver's contract does not depend on the worker
  const resolve = deriverResolver(createPreviewDeriver())

  it('gives a valid configuration as the form’s values, without errors', async () => {
    const config = testConfig({ roleName: 'Valid' })
    expect(await resolve(config, undefined, options)).toEqual({ values: config, errors: {} })
  })

  it('puts each problem at its field, nested as react-hook-form reads it, the first per field', async () => {
    const values = { ...defaultConfig(), accountId: '12', buckets: [{ name: 'Bad_Name', prefix: '', access: 'read' as const }] }
    const result = await resolve(values, undefined, options)
    expect(result.values).toEqual({})
    const errors = result.errors as { accountId?: { type: string; message: string }; buckets?: { name?: { type: string; message: string } }[] }
    expect(errors.accountId?.type).toBe('custom')
    expect(errors.accountId?.message).toMatch(/12 digits/)
    expect(errors.buckets?.[0]?.name?.type).toBe('custom')
    expect(Object.keys(errors.buckets?.[0] ?? {})).toEqual(['name'])
  })

  it('checks a list as it is after Add, although react-hook-form tells the deriver of the change only afterwards', async () => {
    const deriver = createPreviewDeriver()
    const resolveList = deriverResolver(deriver)
    const before = testConfig()
    await deriver.derive(before) // the deriver's current preview: one valid bucket
    const after = { ...before, buckets: [...before.buckets, { name: '', prefix: '', access: 'read' as const }] }
    // useFieldArray's effect: the list is checked, then (in the same task) the listeners hear of the new row.
    const checking = resolveList(after, undefined, { ...options, names: ['buckets'] })
    void deriver.derive(after)
    const errors = (await checking).errors as { buckets?: { name?: { message: string } }[] }
    expect(errors.buckets?.[1]?.name?.message).toBe('Enter a bucket name.')
  })

  it('holds its answer while a press is in progress: a message it makes appear waits for the click', async () => {
    const page = new EventTarget()
    const stop = trackPointerPresses(page)
    page.dispatchEvent(new Event('pointerdown'))
    let answered = false
    const checking = Promise.resolve(resolve(testConfig(), undefined, options)).then(() => (answered = true))
    await new Promise((later) => setTimeout(later, 20))
    expect(answered).toBe(false)
    page.dispatchEvent(new Event('pointerup'))
    await checking
    expect(answered).toBe(true)
    stop()
  })
})
