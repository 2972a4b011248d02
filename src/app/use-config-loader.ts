import { useEffect, useState } from 'react'
import type { Path, UseFormReturn } from 'react-hook-form'
import type { Config, ConfigInput } from '../domain/config/schema'
import type { FieldProblem } from '../domain/config/validate-config'
import { hasSharedConfig, openShareLink, type OpenResult } from '../domain/share/share-codec'
import { attentionNotice, failedNotice, type LoadedConfig, type ShareNotice } from './initial-config'

type Form = UseFormReturn<ConfigInput, unknown, Config>
type FormMethods = Pick<Form, 'getValues' | 'setValue' | 'trigger'>

/**
 * Shows every broken rule of loaded answers at its field: validates the whole form, and marks each field with
 * a problem as touched, so its error updates as the person types the fix.
 */
function revealProblems({ getValues, setValue, trigger }: FormMethods, problems: readonly FieldProblem[]): void {
  if (problems.length === 0) return
  void trigger()
  for (const { field } of problems) {
    const path = field as Path<ConfigInput>
    const value: unknown = getValues(path)
    if (value !== null && typeof value !== 'object') setValue(path, getValues(path), { shouldTouch: true })
  }
}

/**
 * Loads configurations into the one form: the share link the page opened with, a link pasted into the address
 * bar later, and imported files. Answers that break a rule load too, with their problems at their fields and a
 * notice; a link or file that cannot be opened leaves the answers as they are and says why.
 */
export function useConfigLoader(form: Form, initial: LoadedConfig) {
  const [notice, setNotice] = useState<ShareNotice | null>(initial.notice)
  const { getValues, reset, setValue, trigger } = form

  useEffect(() => {
    revealProblems({ getValues, setValue, trigger }, initial.problems)
  }, [getValues, setValue, trigger, initial.problems])

  useEffect(() => {
    function onHashChange() {
      if (!hasSharedConfig(window.location.hash)) return
      const opened = openShareLink(window.location.hash)
      if (!opened.ok) {
        setNotice(failedNotice('This share link could not be opened', opened, 'Your answers are unchanged.'))
        return
      }
      reset(opened.values)
      revealProblems({ getValues, setValue, trigger }, opened.problems)
      setNotice(attentionNotice('This link opened', opened.problems))
    }
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [getValues, reset, setValue, trigger])

  function openFile(fileName: string, opened: OpenResult): void {
    if (!opened.ok) {
      setNotice(failedNotice(`${fileName} could not be imported`, opened, 'Your answers are unchanged.'))
      return
    }
    reset(opened.values)
    revealProblems({ getValues, setValue, trigger }, opened.problems)
    setNotice(attentionNotice(`${fileName} was imported`, opened.problems))
  }

  return { notice, dismissNotice: () => setNotice(null), openFile }
}
