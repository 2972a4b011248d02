import type { ResolverOptions } from 'react-hook-form'
import { describe, expect, it, vi } from 'vitest'
import { defaultConfig } from '../../domain/config/defaults'
import type { ConfigInput } from '../../domain/config/schema'
import { testConfig } from '../../domain/test-configs'
import { deriverResolver } from './deriver-resolver'
import { createPreviewDeriver } from './preview-deriver'

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
})
