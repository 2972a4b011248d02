import { describe, expect, it } from 'vitest'
import { formatKeystroke, interactionDurations, keystrokeDurations, summariseKeystrokes, type EventEntry } from './event-timing'

function entry(interactionId: number, name: string, duration: number): EventEntry {
  return { interactionId, name, duration, startTime: interactionId * 50 }
}

describe('interactionDurations', () => {
  it('keeps the longest entry of each interaction and drops entries without one', () => {
    const entries = [
      entry(1, 'keydown', 24),
      entry(1, 'keyup', 40),
      entry(2, 'keydown', 104),
      entry(0, 'pointermove', 500),
      entry(3, 'keypress', 16),
    ]
    expect(interactionDurations(entries)).toEqual([40, 104, 16])
  })
})

describe('keystrokeDurations: keys Event Timing did not report count at the 16 ms floor', () => {
  it('fills the unreported keys with 16', () => {
    expect(keystrokeDurations([entry(1, 'keydown', 48)], 4)).toEqual([48, 16, 16, 16])
  })

  it('keeps every reported interaction, even more than the keys typed', () => {
    expect(keystrokeDurations([entry(1, 'keydown', 48), entry(2, 'keydown', 24)], 1)).toEqual([48, 24])
  })
})

describe('summariseKeystrokes', () => {
  it('gives floors when nothing was reported', () => {
    expect(summariseKeystrokes([], 40)).toEqual({ keys: 40, reported: 0, p50: 16, p95: 16, max: 16, p50Floor: true, p95Floor: true })
  })

  it('lets a few slow keys set p95 but not p50', () => {
    // 40 keys: 3 slow ones reported, 37 under the threshold. p95 is the 38th smallest: the first slow one.
    const entries = [entry(1, 'keydown', 120), entry(2, 'keyup', 200), entry(3, 'keydown', 64)]
    expect(summariseKeystrokes(entries, 40)).toEqual({ keys: 40, reported: 3, p50: 16, p95: 64, max: 200, p50Floor: true, p95Floor: false })
  })

  it('uses the reported values when every key was slow', () => {
    const entries = Array.from({ length: 20 }, (_, i) => entry(i + 1, 'keydown', 24 + 8 * i))
    const stats = summariseKeystrokes(entries, 20)
    expect(stats).toMatchObject({ reported: 20, p50: 24 + 8 * 9, p95: 24 + 8 * 18, max: 24 + 8 * 19, p50Floor: false })
  })

  it('refuses to summarise no keys', () => {
    expect(() => summariseKeystrokes([], 0)).toThrow()
  })
})

describe('formatKeystroke', () => {
  it('shows a floor as "≤16" and a measured value in whole milliseconds', () => {
    expect(formatKeystroke(16, true)).toBe('≤16')
    expect(formatKeystroke(104.4, false)).toBe('104')
  })
})
