import { useEffect, useState } from 'react'

/**
 * The value once it has stopped changing for `delayMs` (undefined until then): for work that should follow
 * the answers but never run on a keystroke, such as measuring the share link.
 */
export function useSettledValue<T>(value: T, delayMs: number): T | undefined {
  const [settled, setSettled] = useState<T | undefined>(undefined)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(() => value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])
  return settled
}
