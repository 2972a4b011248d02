/** What the domain costs per size in Node: one keystroke's derivation, and writing and reading a share link. */
import { deriveRole } from '../../src/domain/role/derive-role'
import { assessRisks } from '../../src/domain/risks/assess-risks'
import { decodeConfig } from '../../src/domain/share/share-codec'
import { encodeConfig } from '../../src/domain/share/share-encode'
import { serverlessConfig } from './configs'
import { timeMedian } from './stats'

export function timeDomain(buckets: number): { buckets: number; deriveMs: number; encodeMs: number; decodeMs: number } {
  const config = serverlessConfig(buckets)
  const hash = encodeConfig(config)
  const decoded = decodeConfig(hash)
  if (!decoded.ok || !deriveRole(config, assessRisks).ok) throw new Error(`The ${buckets}-bucket configuration does not derive or decode.`)
  const options = buckets >= 10_000 ? { minMs: 2000, minRuns: 5, maxRuns: 30 } : { minMs: 500, minRuns: 10, maxRuns: 2000 }
  return {
    buckets,
    deriveMs: timeMedian(() => void deriveRole(config, assessRisks), options).medianMs,
    encodeMs: timeMedian(() => void encodeConfig(config), options).medianMs,
    decodeMs: timeMedian(() => void decodeConfig(hash), options).medianMs,
  }
}
