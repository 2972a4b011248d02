import { useCallback, useEffect, useState } from 'react'
import type { Target } from '../domain/config/schema'
import { addressOfStep, stepIndexFromAddress } from './app-url'

/**
 * The wizard's step, kept in the address (`?step=s3`): each move to another step is a history entry, so the
 * browser's Back and Forward move between steps, and a reload shows the same step. `readTarget` gives the
 * target of the answers on screen, whose steps the ids name.
 */
export function useStepHistory(readTarget: () => Target, initialTarget: Target) {
  const [stepIndex, setStepIndex] = useState(() => stepIndexFromAddress(window.location.search, initialTarget))

  useEffect(() => {
    const showStepOfAddress = () => setStepIndex(stepIndexFromAddress(window.location.search, readTarget()))
    window.addEventListener('popstate', showStepOfAddress)
    return () => window.removeEventListener('popstate', showStepOfAddress)
  }, [readTarget])

  const goToStep = useCallback(
    (index: number) => {
      const target = readTarget()
      if (stepIndexFromAddress(window.location.search, target) !== index) {
        window.history.pushState(null, '', addressOfStep(window.location, target, index))
      }
      setStepIndex(index)
    },
    [readTarget],
  )

  return { stepIndex, goToStep }
}
