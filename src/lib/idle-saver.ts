import { whenIdle } from './when-idle'

/** Starts a callback later; the function returned cancels it. */
export interface Timers {
  /** After `ms` milliseconds. */
  after: (ms: number, run: () => void) => () => void
  /** When the browser has a moment with nothing else to do (at the latest after a couple of seconds). */
  whenIdle: (run: () => void) => () => void
}

export const browserTimers: Timers = {
  after(ms, run) {
    const id = setTimeout(run, ms)
    return () => clearTimeout(id)
  },
  whenIdle: (run) => whenIdle(run, 2000),
}

export interface IdleSaver {
  /** Something changed: save once changes pause for the delay and the browser is idle. Costs a timer, nothing more. */
  changed: () => void
  /** Save now if anything changed since the last save (the page is being hidden or left). */
  flush: () => void
  /** Forget pending changes and timers. */
  cancel: () => void
}

/**
 * Saves after changes stop, off the keystroke: a burst of changes costs one save, made `delayMs` after the
 * last change, when the browser is idle; `flush` saves at once (on pagehide, say) only if a change is pending.
 */
export function createIdleSaver(save: () => void, delayMs = 500, timers: Timers = browserTimers): IdleSaver {
  let pending = false
  let stopTimer: (() => void) | undefined

  function clear() {
    stopTimer?.()
    stopTimer = undefined
  }

  function flush() {
    clear()
    if (!pending) return
    pending = false
    save()
  }

  return {
    changed() {
      pending = true
      clear()
      stopTimer = timers.after(delayMs, () => {
        stopTimer = timers.whenIdle(flush)
      })
    },
    flush,
    cancel() {
      clear()
      pending = false
    },
  }
}
