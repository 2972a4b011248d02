import type { CatalogAction, CatalogService, IamCatalog } from './iam-catalog'
import type { Located } from './json-nodes'
import { wildcardRegExp } from './wildcard'

/** One Action/NotAction value with what the catalog says it names. */
export interface ResolvedAction {
  at: Located
  /** The prefix before `:` (lower case), undefined for `*` or a value without `:`. */
  serviceKey?: string
  service?: CatalogService
  /** The part after `:` as written. */
  name?: string
  /** The actions it matches (case-insensitive, wildcards expanded); empty when it names none. */
  matches: CatalogAction[]
}

/** Looks each value up once; services are fetched one at a time in the order they appear (a lazy catalog caches). */
export async function resolveActions(values: readonly Located[], catalog: IamCatalog): Promise<ResolvedAction[]> {
  const resolved: ResolvedAction[] = []
  for (const at of values) {
    const colon = at.text.indexOf(':')
    if (colon < 0) {
      resolved.push({ at, matches: [] })
      continue
    }
    const serviceKey = at.text.slice(0, colon).toLowerCase()
    const name = at.text.slice(colon + 1)
    const service = /[*?]/.test(serviceKey) ? undefined : await catalog.service(serviceKey)
    const test = wildcardRegExp(name, 'i')
    const matches = service ? [...service.actions.values()].filter((action) => test.test(action.name)) : []
    resolved.push({ at, serviceKey, service, name, matches })
  }
  return resolved
}
