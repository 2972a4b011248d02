import { describe, expect, it } from 'vitest'
import { validateConfig } from '../../src/domain/config/validate-config'
import { INPUT_LIMITS } from '../../src/domain/share/input-limits'
import { decodeConfig } from '../../src/domain/share/share-codec'
import { benchBuckets, bucketName, eksConfig, requireValidConfig, serverlessConfig, shareLink } from './configs'

describe('bench configurations', () => {
  it('makes distinct, valid bucket names', () => {
    const names = benchBuckets(10_000).map((b) => b.name)
    expect(new Set(names).size).toBe(10_000)
    expect(bucketName(0)).toBe('acme-analytics-raw-us-east-1-00000')
  })

  it('opens the EMR on EKS link as the same valid configuration', () => {
    const config = eksConfig()
    expect(config.target).toBe('eks')
    expect(config.buckets).toHaveLength(20)
    const decoded = decodeConfig(shareLink(config).slice(1))
    expect(decoded).toEqual({ ok: true, value: config })
  })

  it('fits 10,000 buckets in a share link the app opens', () => {
    const link = shareLink(serverlessConfig(10_000))
    expect(link.length - '/#config='.length).toBeLessThanOrEqual(INPUT_LIMITS.linkChars)
    const decoded = decodeConfig(link.slice(1))
    expect(decoded.ok && decoded.value.buckets).toHaveLength(10_000)
  })

  it('refuses an invalid configuration loudly, naming the field', () => {
    const valid = serverlessConfig(1)
    expect(validateConfig(valid).ok).toBe(true)
    expect(() => requireValidConfig({ ...valid, accountId: '12' }, 'broken')).toThrow(/accountId/)
  })
})
