import { useEffect, useState } from 'react'
import type { Finding, PolicyCheckContext } from '../../domain/policy-check/finding'
import { loadPolicyChecker } from '../policy-check/load-policy-checker'

/** How long typing pauses before the document is checked again. */
const CHECK_AFTER_MS = 200

export type FindingsState =
  | { status: 'off' }
  | { status: 'checking' }
  | { status: 'failed' }
  /** The findings of `text`: offsets (and fixes) hold for that text only. */
  | { status: 'done'; text: string; findings: Finding[] }

/**
 * The policy checker's findings on a text, after each pause in typing. The checker (and each AWS service's data)
 * loads on first use; null context turns checking off.
 */
export function useFindings(text: string, context: PolicyCheckContext | null): FindingsState {
  const [state, setState] = useState<FindingsState>({ status: 'off' })
  const contextKey = context === null ? '' : JSON.stringify(context)
  useEffect(() => {
    if (contextKey === '') return
    const checkContext = JSON.parse(contextKey) as PolicyCheckContext
    let live = true
    const timer = window.setTimeout(() => {
      loadPolicyChecker()
        .then((check) => check(text, checkContext))
        .then(
          (findings) => live && setState({ status: 'done', text, findings }),
          () => live && setState({ status: 'failed' }),
        )
    }, CHECK_AFTER_MS)
    return () => {
      live = false
      window.clearTimeout(timer)
    }
  }, [text, contextKey])
  if (contextKey === '') return { status: 'off' }
  // Findings of an older text would point at the wrong places: "checking" until the new ones arrive.
  return state.status === 'done' && state.text !== text ? { status: 'checking' } : state.status === 'off' ? { status: 'checking' } : state
}
