import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createIdleSaver, type Timers } from './idle-saver'

/** setTimeout-based timers under vitest's fake clock; "idle" comes 50 ms after it is asked for. */
const fakeTimers: Timers = {
  after(ms, run) {
    const id = setTimeout(run, ms)
    return () => clearTimeout(id)
  },
  whenIdle(run) {
    const id = setTimeout(run, 50)
    return () => clearTimeout(id)
  },
}

describe('createIdleSaver', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('saves once for a burst of changes, after they pause and the browser is idle', () => {
    const save = vi.fn()
    const saver = createIdleSaver(save, 500, fakeTimers)
    for (let i = 0; i < 100; i += 1) {
      vi.advanceTimersByTime(100) // a keystroke every 100 ms: never a pause of 500 ms
      saver.changed()
    }
    expect(save).not.toHaveBeenCalled()
    vi.advanceTimersByTime(500)
    expect(save).not.toHaveBeenCalled() // paused, but not yet idle
    vi.advanceTimersByTime(50)
    expect(save).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(10_000)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('starts over when a change comes while it waits for idle', () => {
    const save = vi.fn()
    const saver = createIdleSaver(save, 500, fakeTimers)
    saver.changed()
    vi.advanceTimersByTime(520)
    saver.changed()
    vi.advanceTimersByTime(530)
    expect(save).not.toHaveBeenCalled()
    vi.advanceTimersByTime(20)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it.each([
    ['a change is pending', true, 1],
    ['nothing changed', false, 0],
  ])('flushes at once when %s, and not again later', (_name, change, saves) => {
    const save = vi.fn()
    const saver = createIdleSaver(save, 500, fakeTimers)
    if (change) saver.changed()
    saver.flush()
    expect(save).toHaveBeenCalledTimes(saves)
    vi.advanceTimersByTime(10_000)
    expect(save).toHaveBeenCalledTimes(saves)
  })

  it('forgets pending changes when cancelled', () => {
    const save = vi.fn()
    const saver = createIdleSaver(save, 500, fakeTimers)
    saver.changed()
    saver.cancel()
    saver.flush()
    vi.advanceTimersByTime(10_000)
    expect(save).not.toHaveBeenCalled()
  })
})
