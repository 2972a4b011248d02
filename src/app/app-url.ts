import type { Target } from '../domain/config/schema'
import { hasSharedConfig } from '../domain/share/share-codec'
import { stepsFor } from '../features/wizard/steps'

/** The parts of the address the app reads and writes: `/?step=s3`, and a `#config=…` share link while it is opened. */
export interface AppAddress {
  pathname: string
  search: string
  hash: string
}

const STEP = 'step'

/** The step an address shows (`?step=glue`), by its id among the target's steps; the first for none or one unknown. */
export function stepIndexFromAddress(search: string, target: Target): number {
  const id = new URLSearchParams(search).get(STEP)
  const index = stepsFor(target).findIndex((step) => step.id === id)
  return Math.max(index, 0)
}

/** The address of a step: other query parameters kept, a share link dropped (it was read when it arrived). */
export function addressOfStep(address: AppAddress, target: Target, index: number): string {
  const steps = stepsFor(target)
  const step = steps[Math.min(Math.max(index, 0), steps.length - 1)] ?? steps[0]
  const params = new URLSearchParams(address.search)
  params.set(STEP, step?.id ?? 'role')
  return `${address.pathname}?${params.toString()}${withoutLink(address.hash)}`
}

/** The same address without its `#config=…` share link, so a reload does not open the link again. */
export function addressWithoutLink(address: AppAddress): string {
  return `${address.pathname}${address.search}${withoutLink(address.hash)}`
}

function withoutLink(hash: string): string {
  return hasSharedConfig(hash) ? '' : hash
}
