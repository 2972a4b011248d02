import { globalConditionKeys, serviceKeys, serviceLoaders } from 'virtual:iam-catalog'
import type { CatalogService, IamCatalog } from '../../domain/policy-check/iam-catalog'
import { decodeService } from './decode-service'

/**
 * The catalog in the browser: each service's data is a chunk of the app, imported the first time a document
 * names the service and kept for the session. Nothing is fetched from anywhere else.
 */
export function createBrowserCatalog(loaders: typeof serviceLoaders = serviceLoaders): IamCatalog {
  const services = new Map<string, Promise<CatalogService | undefined>>()
  const globals = globalConditionKeys.map(([key, type]) => ({ key, type }))
  return {
    serviceKeys: () => Promise.resolve(serviceKeys),
    globalConditionKeys: () => Promise.resolve(globals),
    service(key) {
      const lower = key.toLowerCase()
      const cached = services.get(lower)
      if (cached) return cached
      const load = Object.hasOwn(loaders, lower) ? loaders[lower] : undefined
      const loaded = load ? load().then((module) => decodeService(lower, module.default)) : Promise.resolve(undefined)
      // A chunk that failed to load (a new deployment replaced it) is tried again next time, not cached.
      services.set(lower, loaded.catch((error: unknown) => {
        services.delete(lower)
        throw error
      }))
      return services.get(lower) ?? loaded
    },
  }
}
