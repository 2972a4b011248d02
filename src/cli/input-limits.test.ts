import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { checkInputLimits, MAX_CONFIG_BYTES, measureJsonDepth, readStreamBounded } from './input-limits'

describe('input limits', () => {
  it.each<[string, number]>([
    ['1', 0],
    ['{}', 1],
    ['{"a":[{"b":[]}]}', 4],
    ['[[],[[]],[]]', 3],
    ['{"a":"[[[{{{"}', 1],
    ['{"a":"\\"[[[\\\\"}', 1],
    ['["\\\\", ["x"]]', 2],
  ])('%s is nested %i deep', (text, depth) => {
    expect(measureJsonDepth(text)).toBe(depth)
  })

  it.each<[string, boolean]>([
    [`${'['.repeat(64)}${']'.repeat(64)}`, true],
    [`${'['.repeat(65)}${']'.repeat(65)}`, false],
    [' '.repeat(MAX_CONFIG_BYTES), true],
    [' '.repeat(MAX_CONFIG_BYTES + 1), false],
    ['é'.repeat(MAX_CONFIG_BYTES / 2 + 1), false],
  ])('checkInputLimits(%#) is ok: %s', (text, ok) => {
    expect(checkInputLimits(text).ok).toBe(ok)
  })

  it('stops reading a stream as soon as it passes the limit', async () => {
    let produced = 0
    const endless = Readable.from((function* () {
      for (;;) {
        produced += 1
        yield Buffer.alloc(64 * 1024, 0x20)
      }
    })())
    expect(await readStreamBounded(endless)).toEqual({ ok: false, message: 'larger than 1 MiB, the most a configuration may be' })
    expect(produced).toBeLessThan(20)
  })

  it('reads a stream within the limit, without a byte-order mark', async () => {
    expect(await readStreamBounded(Readable.from([Buffer.from('\uFEFF{"a":'), Buffer.from('1}')]))).toEqual({ ok: true, value: '{"a":1}' })
  })
})
