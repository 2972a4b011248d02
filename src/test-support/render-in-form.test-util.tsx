import { zodResolver } from '@hookform/resolvers/zod'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { FormProvider, useForm, type UseFormReturn } from 'react-hook-form'
import { configSchema, type Config, type ConfigInput } from '../domain/config/schema'

export type TestForm = UseFormReturn<ConfigInput, unknown, Config>

/** Renders `children` inside the one form as the app has it (checked on touch), with a resolver that answers at once. */
export function renderInForm(values: ConfigInput, children: ReactNode): () => TestForm {
  let form: TestForm | undefined
  function Harness() {
    const methods = useForm<ConfigInput, unknown, Config>({ resolver: zodResolver(configSchema), defaultValues: values, mode: 'onTouched' })
    form = methods
    return <FormProvider {...methods}>{children}</FormProvider>
  }
  render(<Harness />)
  return () => form!
}
