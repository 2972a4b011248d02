import { defaultEksConfig } from '../config/defaults'
import { defaultGlueScope } from '../config/glue-scope-schema'
import { defaultSubmitterJobRuns } from '../config/job-runs-schema'
import { defaultRoleSettings } from '../config/role-settings-schema'
import { defaultEksCredentials } from '../config/pod-identity-schema'
import { defaultLakeFormation } from '../config/lake-formation-schema'
import { defaultServerlessLogs } from '../config/serverless-logs-schema'
import { defaultTableBuckets } from '../config/table-buckets-schema'

/**
 * Answers format 2 gained later, each with the value that means "as before the answer existed": a configuration
 * without one still reads, and its documents are unchanged. One line per answer; a new answer is a new
 * top-level key, or an optional field that is left out while unused (a bucket's `kmsKeyArn`).
 */
export const LATER_ANSWERS: Readonly<Record<string, () => unknown>> = {
  submitterJobRuns: defaultSubmitterJobRuns,
  roleSettings: defaultRoleSettings,
  eksCredentials: defaultEksCredentials,
  glueScope: defaultGlueScope,
  lakeFormation: defaultLakeFormation,
  tableBuckets: defaultTableBuckets,
  serverlessLogs: defaultServerlessLogs,
}

export const ANSWERS_ADDED_LATER: readonly string[] = Object.keys(LATER_ANSWERS)

/**
 * Brings a payload of an older share-link format up to the current schema. The result is still checked by
 * the schema. Format 1 (EMR Serverless only) had no `target` and no `eks` answers. Answers added to format 2
 * later are filled in with their defaults when missing, so links and files made before them open unchanged.
 */
export function migrateConfig(raw: unknown, version: number): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw
  const upgraded: Record<string, unknown> = version >= 2 ? { ...raw } : { target: 'serverless', eks: defaultEksConfig(), ...raw }
  for (const [key, makeDefault] of Object.entries(LATER_ANSWERS)) {
    if (!(key in upgraded)) upgraded[key] = makeDefault()
  }
  return upgraded
}
