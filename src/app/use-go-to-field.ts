import { flushSync } from 'react-dom'
import type { Path } from 'react-hook-form'
import { revealField } from '../components/field-reveal'
import type { ConfigInput } from '../domain/config/schema'
import { laterStepsLoaded, loadLaterSteps } from '../features/wizard/lazy-steps'
import { stepIndexOfField } from '../features/wizard/steps'
import type { AppForm } from './reveal-problems'

/**
 * A way to any field: shows its step, renders its row if it is in a virtualised list, checks it (touched, so its
 * message shows), and focuses it.
 */
export function useGoToField({ getValues, setFocus, setValue, trigger }: Pick<AppForm, 'getValues' | 'setFocus' | 'setValue' | 'trigger'>, goToStep: (index: number) => void) {
  return function goToField(field: string) {
    // A step not loaded yet (the page is only just open) has no controls to focus: load the steps, then go.
    if (!laterStepsLoaded()) {
      loadLaterSteps().then(
        () => goToField(field),
        () => undefined, // the step shows its own loading message and tries again as it renders
      )
      return
    }
    flushSync(() => goToStep(stepIndexOfField(getValues('target'), field)))
    const path = field as Path<ConfigInput>
    const value: unknown = getValues(path)
    if (typeof value === 'string' || typeof value === 'boolean') setValue(path, value as never, { shouldTouch: true })
    void trigger(path)
    revealField(field) // a row of a virtualised list (buckets.899.name) is rendered before it is focused
    try {
      setFocus(path)
    } catch {
      // a whole list (such as "buckets") has no single control to focus
    }
  }
}
