import type { Config } from '../config/schema'
import { eksTestConfig, testConfig } from '../test-configs'

/** Two listed databases: "sales" read with two of its tables, "analytics" read-write on every table. */
export const TWO_DATABASES: Config['glueScope'] = {
  scope: 'databases',
  databases: [
    { name: 'sales', access: 'read', tables: [{ name: 'orders' }, { name: 'customers' }] },
    { name: 'analytics', access: 'read-write', tables: [] },
  ],
  icebergRest: false,
}

/** EMR Serverless: Glue create-and-read scoped to the two databases, the Iceberg REST endpoint too. */
export function scopedGlueConfig(overrides: Partial<Config> = {}): Config {
  return testConfig({ glueAccess: 'create-read', glueScope: { ...TWO_DATABASES, icebergRest: true }, ...overrides })
}

/** EMR on EKS: Glue read-only on every database, with Lake Formation governing the data. */
export function lakeFormationConfig(overrides: Partial<Config> = {}): Config {
  return eksTestConfig({ glueAccess: 'read', lakeFormation: { enabled: true }, ...overrides })
}
