/**
 * Runs `work` when the browser is idle (at the latest after `timeoutMs`), outside the task that asked: work that
 * can wait, such as loading a chunk the page will need soon, never lengthens a render or a commit. Returns the
 * function that cancels it, for an effect's clean-up.
 */
export function whenIdle(work: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: timeoutMs })
    return () => cancelIdleCallback(handle)
  }
  const timer = setTimeout(work, Math.min(timeoutMs, 200))
  return () => clearTimeout(timer)
}

/** Resolves in a new task, after the browser has had the chance to paint and handle input. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
