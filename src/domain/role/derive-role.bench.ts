// `npm run bench:domain`: what one keystroke costs in the domain (validate, build, assess) and what a share
// link costs to write and read, by number of buckets. The UI re-derives on every change.
import { bench, describe } from 'vitest'
import type { Config } from '../config/schema'
import { formatPolicy } from '../iam/policy'
import { decodeConfig } from '../share/share-codec'
import { encodeConfig } from '../share/share-encode'
import { testConfig } from '../test-configs'
import { assessRisks } from '../risks/assess-risks'
import { deriveRole } from './derive-role'

function withBuckets(count: number): Config {
  const buckets = Array.from({ length: count }, (_, i) => ({
    name: `amzn-example-${String(i).padStart(4, '0')}`,
    prefix: i % 3 === 0 ? `team-${i}/` : '',
    access: i % 2 === 0 ? ('read' as const) : ('read-write' as const),
  }))
  return testConfig({ buckets, glueAccess: 'create-read' })
}

for (const count of [1, 100, 1000]) {
  const config = withBuckets(count)
  const hash = `#${encodeConfig(config)}`
  describe(`${count} bucket(s)`, () => {
    bench('derive documents and warnings (one keystroke)', () => {
      const role = deriveRole(config, assessRisks)
      if (role.ok) formatPolicy(role.named[0]?.document ?? { Version: '2012-10-17', Statement: [] })
    })
    bench('encode share link', () => {
      encodeConfig(config)
    })
    bench('decode share link', () => {
      decodeConfig(hash)
    })
  })
}
