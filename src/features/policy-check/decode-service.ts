import type { CatalogService } from '../../domain/policy-check/iam-catalog'

/**
 * The compact service data scripts/vite-iam-catalog.ts writes: [actions, resource types, condition keys], each a
 * list of arrays: action [name, [[resource type, required 0|1, condition keys]], condition keys]; resource type
 * [key, ARN pattern, condition keys]; condition key [key, type].
 */
type CompactService = [
  actions: [string, [string, number, string[]][], string[]][],
  resourceTypes: [string, string, string[]][],
  conditionKeys: [string, string][],
]

export function decodeService(key: string, data: unknown): CatalogService {
  const [actions, types, keys] = data as CompactService
  return {
    key,
    actions: new Map(
      actions.map(([name, resourceTypes, conditionKeys]) => [
        name.toLowerCase(),
        { name, conditionKeys, resourceTypes: resourceTypes.map(([type, required, typeKeys]) => ({ name: type, required: required === 1, conditionKeys: typeKeys })) },
      ]),
    ),
    resourceTypes: new Map(types.map(([typeKey, arn, conditionKeys]) => [typeKey.toLowerCase(), { key: typeKey, arn, conditionKeys }])),
    conditionKeys: keys.map(([name, type]) => ({ key: name, type })),
  }
}
