import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTask, whenIdle } from './when-idle'

describe('whenIdle', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('runs the work in an idle callback with the timeout, not at once, and cancels it', () => {
    const callbacks = new Map<number, IdleRequestCallback>()
    const request = vi.fn((callback: IdleRequestCallback, options?: IdleRequestOptions) => {
      expect(options).toEqual({ timeout: 500 })
      callbacks.set(7, callback)
      return 7
    })
    const cancel = vi.fn((handle: number) => callbacks.delete(handle))
    vi.stubGlobal('requestIdleCallback', request)
    vi.stubGlobal('cancelIdleCallback', cancel)
    const work = vi.fn()
    const stop = whenIdle(work, 500)
    expect(work).not.toHaveBeenCalled()
    callbacks.get(7)?.({ didTimeout: false, timeRemaining: () => 10 })
    expect(work).toHaveBeenCalledOnce()
    stop()
    expect(cancel).toHaveBeenCalledWith(7)
  })

  it('falls back to a timer where the browser has no idle callbacks, and the timer can be cancelled', () => {
    vi.stubGlobal('requestIdleCallback', undefined)
    vi.useFakeTimers()
    const work = vi.fn()
    whenIdle(work, 5000)
    expect(work).not.toHaveBeenCalled()
    vi.advanceTimersByTime(200)
    expect(work).toHaveBeenCalledOnce()
    const cancelled = vi.fn()
    whenIdle(cancelled)()
    vi.advanceTimersByTime(10_000)
    expect(cancelled).not.toHaveBeenCalled()
  })
})

describe('nextTask', () => {
  it('resolves after the current task, not within it', async () => {
    const order: string[] = []
    const waiting = nextTask().then(() => order.push('next task'))
    await Promise.resolve()
    order.push('same task')
    await waiting
    expect(order).toEqual(['same task', 'next task'])
  })
})
