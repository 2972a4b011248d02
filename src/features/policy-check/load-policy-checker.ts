import type { PolicyChecker } from './policy-checker-module'

export type { PolicyChecker }

let checker: Promise<PolicyChecker> | undefined

/**
 * The policy checker, loaded on first use: its code and the service list arrive in one lazy chunk, and each AWS
 * service's data when a document first names it. `await (await loadPolicyChecker())(text, { kind: 'trust' })`.
 * A failed load is retried on the next call.
 */
export function loadPolicyChecker(): Promise<PolicyChecker> {
  checker ??= import('./policy-checker-module').then(
    (module) => module.createPolicyChecker(),
    (error: unknown) => {
      checker = undefined
      throw error
    },
  )
  return checker
}
