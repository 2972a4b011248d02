import { PSEUDO } from './cloudformation-intrinsics'
import type { PastedRole } from './pasted-role'

export interface RoleLocation {
  partition?: string
  accountId?: string
  region?: string
}

/** Every string in a JSON value (keys too: a condition key names the OIDC provider, and with it the region). */
export function stringsIn(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 64) return out
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out, depth + 1)
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push(key)
      stringsIn(item, out, depth + 1)
    }
  }
  return out
}

const ARN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso[a-z-]*|aws-eusc):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|aws)?:/
const ISSUER_REGION = /oidc\.eks\.([a-z]{2}(?:-gov)?-[a-z]+-\d{1,2})\.amazonaws\.com/

/**
 * Where the role lives, from what its text names: the role ARN first, then any ARN or EKS issuer in its documents.
 * Values given as `${AWS::…}` (a template) say nothing, so they are skipped.
 */
export function locateRole(role: PastedRole): RoleLocation {
  const location: RoleLocation = {}
  const strings = [role.arn ?? '', ...stringsIn(role.trustPolicy), ...role.inlinePolicies.flatMap((p) => stringsIn(p.document)), ...role.managedPolicyArns]
  for (const text of strings) {
    const arn = ARN.exec(text)
    if (arn) {
      location.partition ??= arn[1]
      if (arn[4] !== undefined && arn[4] !== 'aws') location.accountId ??= arn[4]
      if (arn[3] !== '' && arn[3] !== undefined) location.region ??= arn[3]
    }
    const issuer = ISSUER_REGION.exec(text)
    if (issuer) location.region ??= issuer[1]
  }
  return location
}

/** The role with `${AWS::Partition}`, `${AWS::AccountId}` and `${AWS::Region}` replaced by the values chosen. */
export function fillLocation<T>(value: T, location: Required<RoleLocation>): T {
  const fill = (text: string) =>
    text.replaceAll(PSEUDO.partition, location.partition).replaceAll(PSEUDO.accountId, location.accountId).replaceAll(PSEUDO.region, location.region)
      .replaceAll('${AWS::URLSuffix}', location.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com')
  const walk = (item: unknown, depth: number): unknown => {
    if (typeof item === 'string') return fill(item)
    if (depth > 64) return item
    if (Array.isArray(item)) return item.map((entry) => walk(entry, depth + 1))
    if (typeof item === 'object' && item !== null) return Object.fromEntries(Object.entries(item).map(([k, v]) => [fill(k), walk(v, depth + 1)]))
    return item
  }
  return walk(value, 0) as T
}
