import { useEffect, useEffectEvent, useState } from 'react'
import { hasSharedConfig, openShareLink, type OpenResult } from '../domain/share/share-codec'
import { addressWithoutLink } from './app-url'
import { attentionNotice, failedNotice, type LoadedAnswers, type LoadedConfig, type ShareNotice } from './initial-config'
import { revealProblems, type AppForm } from './reveal-problems'
import type { AnswerSwap } from './undo/use-answer-swap'

const OPENED_LINK = 'Opened the link’s answers.'
const KEPT_SAVED = 'Kept your saved answers.'
const OPEN_LINK = 'Open the link’s answers'

/** Takes the share link out of the address bar: it has been read, and a reload must not open it over newer answers. */
function removeLinkFromAddress(): void {
  if (hasSharedConfig(window.location.hash)) window.history.replaceState(window.history.state, '', addressWithoutLink(window.location))
}

/**
 * Loads configurations into the one form: the share link the page opened with, a link pasted into the address
 * bar later, and imported files. Answers that break a rule load too, with their problems at their fields and a
 * notice; a link or file that cannot be opened leaves the answers as they are and says why. Answers they
 * replace stay behind an Undo, and a link never replaces different saved answers without asking.
 */
export function useConfigLoader(form: AppForm, initial: LoadedConfig, swap: AnswerSwap) {
  const [notice, setNotice] = useState<ShareNotice | null>(initial.notice)
  const { getValues, setValue, trigger } = form

  useEffect(() => {
    revealProblems({ getValues, setValue, trigger }, initial.problems)
  }, [getValues, setValue, trigger, initial.problems])

  useEffect(() => {
    if (initial.linkOpened) removeLinkFromAddress()
  }, [initial.linkOpened])

  const onHashChange = useEffectEvent(() => {
    if (!hasSharedConfig(window.location.hash)) return
    const opened = openShareLink(window.location.hash)
    if (!opened.ok) {
      setNotice(failedNotice('This share link could not be opened', opened, 'Your answers are unchanged.'))
      return
    }
    removeLinkFromAddress()
    swap.replaceAnswers(opened, { message: OPENED_LINK })
    setNotice(attentionNotice('This link opened', opened.problems))
  })

  useEffect(() => {
    const listener = () => onHashChange()
    window.addEventListener('hashchange', listener)
    return () => window.removeEventListener('hashchange', listener)
  }, [])

  function openFile(fileName: string, opened: OpenResult): void {
    if (!opened.ok) {
      setNotice(failedNotice(`${fileName} could not be imported`, opened, 'Your answers are unchanged.'))
      return
    }
    swap.replaceAnswers(opened, { message: `Replaced your answers with those in ${fileName}.` })
    setNotice(attentionNotice(`${fileName} was imported`, opened.problems))
  }

  /** The person chose the link's answers over the saved ones: those stay behind Undo. */
  function openLinkAnswers(link: LoadedAnswers): void {
    removeLinkFromAddress()
    swap.replaceAnswers(link, { message: OPENED_LINK, undo: { action: 'Undo', message: KEPT_SAVED }, redoAction: OPEN_LINK })
    setNotice(attentionNotice('This link opened', link.problems))
  }

  /** The person kept their saved answers: the link's stay one click away. */
  function keepSavedAnswers(link: LoadedAnswers): void {
    removeLinkFromAddress()
    const snapshot = { ...link, stepIndex: swap.stepIndex }
    swap.offerAnswers({ action: OPEN_LINK, message: OPENED_LINK, snapshot, back: { action: 'Undo', message: KEPT_SAVED } }, KEPT_SAVED)
    setNotice(null)
  }

  /** Answers were replaced some other way: a notice about earlier answers no longer applies (a question stays). */
  function dropStaleNotice(): void {
    setNotice((shown) => (shown?.kind === 'choice' ? shown : null))
  }

  return { notice, dismissNotice: () => setNotice(null), dropStaleNotice, openFile, openLinkAnswers, keepSavedAnswers }
}
