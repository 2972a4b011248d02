import { startTransition, useEffect, useState } from 'react'

/**
 * False in the first render, true in a later one, after the browser has painted the first: a heavy part of the
 * page (the documents) renders in a task and a layout of its own instead of lengthening the first, so the page
 * answers input sooner. The timer covers a tab opened in the background, where animation frames wait.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    if (painted) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const show = () => startTransition(() => setPainted(true))
    const frame = requestAnimationFrame(() => {
      clearTimeout(timer)
      timer = setTimeout(show, 0)
    })
    timer = setTimeout(show, 250)
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [painted])
  return painted
}
