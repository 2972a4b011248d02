import { defaultEksConfig } from '../config/defaults'
import { defaultSubmitterJobRuns } from '../config/job-runs-schema'

/** Answers format 2 gained later: a configuration without them still reads (with their defaults). */
export const ANSWERS_ADDED_LATER = ['submitterJobRuns'] as const

/**
 * Brings a payload of an older share-link format up to the current schema. The result is still checked by
 * the schema. Format 1 (EMR Serverless only) had no `target` and no `eks` answers. Answers added to format 2
 * later are filled in with their defaults when missing, so links and files made before them open unchanged:
 * `submitterJobRuns` (off).
 */
export function migrateConfig(raw: unknown, version: number): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw
  const upgraded = version >= 2 ? raw : { target: 'serverless', eks: defaultEksConfig(), ...raw }
  return 'submitterJobRuns' in upgraded ? upgraded : { ...upgraded, submitterJobRuns: defaultSubmitterJobRuns() }
}
