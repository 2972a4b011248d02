import { startTransition, useEffect, useState } from 'react'

/**
 * False in the first render, true in the next, which starts in a task of its own right after the first commit:
 * a heavy part of the page (the documents) renders in slices the browser can paint and answer input between,
 * instead of lengthening the first render. A task, not an animation frame: waiting for the frame would leave
 * the browser idle meanwhile, and idle callbacks (saving, warming the worker) would run before the documents.
 */
export function useAfterFirstRender(): boolean {
  const [rendered, setRendered] = useState(false)
  useEffect(() => {
    if (rendered) return
    const timer = setTimeout(() => startTransition(() => setRendered(true)), 0)
    return () => clearTimeout(timer)
  }, [rendered])
  return rendered
}
