import type { CatalogConditionKey, CatalogService, IamCatalog } from './iam-catalog'

/** A catalog key as a pattern: `${TagKey}` (service data) and `/tag-key` (global keys) stand for any text. */
export function conditionKeyRegExp(key: string): RegExp {
  const parts = key.replace(/\/tag-key$/, '/${TagKey}').split(/\$\{[^}]*\}/)
  const body = parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')
  return new RegExp(`^${body}$`, 'i')
}

export type KeyLookup =
  | { kind: 'found'; key: CatalogConditionKey; service?: CatalogService }
  | { kind: 'unknown'; candidates: readonly string[]; service?: CatalogService }
  | { kind: 'unknown-prefix' }
  /** An identity provider's key (`oidc.eks….amazonaws.com/id/…:sub`, `saml:aud`): its provider defines it. */
  | { kind: 'provider' }

function find(keys: readonly CatalogConditionKey[], written: string): CatalogConditionKey | undefined {
  return keys.find((key) => key.key.toLowerCase() === written.toLowerCase()) ?? keys.find((key) => conditionKeyRegExp(key.key).test(written))
}

/** Finds a written condition key among the global keys or its service's keys (key names are case-insensitive). */
export async function lookUpConditionKey(written: string, catalog: IamCatalog): Promise<KeyLookup> {
  const colon = written.indexOf(':')
  const prefix = written.slice(0, Math.max(colon, 0)).toLowerCase()
  if (colon < 0) return { kind: 'unknown-prefix' }
  if (prefix.includes('.') || prefix.includes('/')) return { kind: 'provider' }
  if (prefix === 'aws') {
    const globals = await catalog.globalConditionKeys()
    const key = find(globals, written)
    return key ? { kind: 'found', key } : { kind: 'unknown', candidates: globals.map((k) => k.key) }
  }
  const service = await catalog.service(prefix)
  if (!service) {
    // saml:… and the web identity providers' keys are listed under sts, though their prefix is no service.
    const sts = await catalog.service('sts')
    return sts && find(sts.conditionKeys, written) ? { kind: 'provider' } : { kind: 'unknown-prefix' }
  }
  const key = find(service.conditionKeys, written)
  return key ? { kind: 'found', key, service } : { kind: 'unknown', candidates: service.conditionKeys.map((k) => k.key), service }
}
