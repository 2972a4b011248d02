import type { Path, UseFormReturn } from 'react-hook-form'
import type { Config, ConfigInput } from '../domain/config/schema'
import type { FieldProblem } from '../domain/config/validate-config'

export type AppForm = UseFormReturn<ConfigInput, unknown, Config>
type FormMethods = Pick<AppForm, 'getValues' | 'setValue' | 'trigger'>

/**
 * Shows every broken rule of loaded answers at its field: validates the whole form, and marks each field with
 * a problem as touched, so its error updates as the person types the fix.
 */
export function revealProblems({ getValues, setValue, trigger }: FormMethods, problems: readonly FieldProblem[]): void {
  if (problems.length === 0) return
  void trigger()
  for (const { field } of problems) {
    const path = field as Path<ConfigInput>
    const value: unknown = getValues(path)
    if (value !== null && typeof value !== 'object') setValue(path, getValues(path), { shouldTouch: true })
  }
}
