import { findDuplicateRoles, planRole, type RolePlan } from './plan-roles'
import type { GenerateOptions } from './parse-arguments'
import { expandSources, loadConfig } from './read-sources'
import { writeAtomically } from './write-atomic'

export interface Io {
  out: (line: string) => void
  err: (line: string) => void
}

export const PROGRAM = 'emr-role-builder'

/** Prints one error line per message, then says that nothing was written. Returns exit code 1. */
function fail(io: Io, messages: readonly string[]): number {
  for (const message of messages) io.err(`${PROGRAM}: ${message}`)
  io.err(`${PROGRAM}: nothing was written.`)
  return 1
}

async function planAll(options: GenerateOptions): Promise<{ plans: RolePlan[]; errors: string[]; grouped: boolean }> {
  const inputs = await expandSources(options.sources)
  if (!inputs.ok) return { plans: [], errors: inputs.messages, grouped: false }
  const plans: RolePlan[] = []
  const errors: string[] = []
  for (const loaded of await Promise.all(inputs.value.map(loadConfig))) {
    if (!loaded.ok) {
      errors.push(...loaded.messages.map((message) => `${loaded.name}: ${message}`))
      continue
    }
    const plan = planRole(loaded.name, loaded.config, options.format, inputs.grouped)
    errors.push(...plan.breaches.map((breach) => `${plan.name}: ${breach} IAM would reject it.`))
    plans.push(plan)
  }
  if (inputs.grouped) errors.push(...findDuplicateRoles(plans))
  return { plans, errors, grouped: inputs.grouped }
}

/**
 * Reads and checks every configuration, then writes all their files or none. Errors and warnings go to
 * standard error, one line each; the paths written to standard output. Returns the process exit code.
 */
export async function generate(options: GenerateOptions, io: Io): Promise<number> {
  const { plans, errors, grouped } = await planAll(options)
  if (errors.length > 0) return fail(io, errors)
  const warnings = plans.flatMap((plan) => plan.warnings.map((w) => (grouped ? `warning: ${plan.name}: ${w}` : `warning: ${w}`)))
  for (const warning of warnings) io.err(warning)
  if (options.strict && warnings.length > 0) {
    return fail(io, [`--strict: failed on ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (above)`])
  }
  const written = await writeAtomically(options.out, plans.flatMap((plan) => plan.files))
  if (!written.ok) return fail(io, [written.message])
  for (const path of written.value) io.out(path)
  return 0
}
