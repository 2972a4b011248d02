import { defaultConfig } from './config/defaults'
import type { Config } from './config/schema'

/** A complete, valid configuration for tests: defaults with an account and one read-only bucket. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...defaultConfig(),
    accountId: '123456789012',
    roleName: 'EMRServerlessS3RuntimeRole',
    buckets: [{ name: 'amzn-example-data', prefix: '', access: 'read' }],
    ...overrides,
  }
}
