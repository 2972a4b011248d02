import { defaultEksConfig } from '../config/defaults'

/**
 * Brings a payload of an older share-link format up to the current schema. The result is still checked by
 * the schema. Format 1 (EMR Serverless only) had no `target` and no `eks` answers.
 */
export function migrateConfig(raw: unknown, version: number): unknown {
  if (version >= 2 || typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw
  return { target: 'serverless', eks: defaultEksConfig(), ...raw }
}
