import { partitionOfRegion } from '../config/partition'
import type { Config } from '../config/schema'

/**
 * What every builder needs from where the role lives, resolved once per derivation and handed down. Builders
 * write these values only into the fields of ARNs and conditions that name the role's partition, account and
 * region — so a template renderer can swap them for its own parameters (see `placeholderContext`).
 */
export interface RoleContext {
  partition: string
  accountId: string
  region: string
  /**
   * The concrete context when this one holds placeholders: decisions that compare generated text with what a
   * user pasted (the EMR on EKS trust-policy merge) are made on real values.
   */
  concrete?: RoleContext
}

export function resolveRoleContext(config: Config): RoleContext {
  return { partition: partitionOfRegion(config.region), accountId: config.accountId, region: config.region }
}

/**
 * Tokens that stand for the partition, account and region in documents built for a template. They are private-use
 * characters, which no field accepts (IAM policies allow U+0020–U+00FF only), so typed text never contains one.
 */
export const PLACEHOLDERS = {
  partition: '\uE000Partition\uE001',
  accountId: '\uE000AccountId\uE001',
  region: '\uE000Region\uE001',
} as const

export type PlaceholderName = keyof typeof PLACEHOLDERS

/** The context a template renderer builds with: placeholders everywhere the role's own location goes. */
export function placeholderContext(config: Config): RoleContext {
  return { ...PLACEHOLDERS, concrete: resolveRoleContext(config) }
}

/** The context real values are compared in: the concrete one behind placeholders, or this one. */
export function concreteContext(context: RoleContext): RoleContext {
  return context.concrete ?? context
}
