import type { Config } from '../../domain/config/schema'
import { fillPlaceholders } from '../../domain/draft/fill-placeholders'
import { lazyModule } from '../../lib/lazy-module'
import { withAnswerUpdates, type AnswerUpdate } from './answer-updates'
import type { DerivedPreview } from './derive-preview'
import { loadedDerive } from './derive-module'
import { NO_TEXTS, replyTexts, restoreSameTexts, type WorkerReply } from './worker-protocol'

/**
 * Derives previews one at a time, in a Web Worker when the browser has one. The worker keeps its own copy of
 * the answers: it gets all of them at the start and after a list or the whole form changes, and otherwise
 * only the answer that was typed, so a keystroke copies one value to it, not 10,000 buckets. Updates that
 * arrive while it is busy are sent together once it is done, and a result they have overtaken is not shown:
 * a burst of keystrokes costs one derivation after the one in progress, never a queue.
 */
export interface PreviewDeriver {
  /** All the answers changed (or may have): derives a preview of them. */
  derive(values: unknown): Promise<DerivedPreview>
  /** One typed answer changed; `values` holds all of them, as they are now. */
  update(path: string, value: string | boolean, values: unknown): void
  /** The preview of everything given so far; of `values` when nothing has been given yet. */
  current(values: unknown): Promise<DerivedPreview>
  /** Called with each new preview; returns the function that stops it. */
  listen(listener: (preview: DerivedPreview) => void): () => void
  dispose(): void
}

type Waiter = (preview: DerivedPreview) => void

/** The risk rules, for previews made in the page (without a worker): loaded when first needed. */
const riskRules = lazyModule(() => import('../../domain/risks/assess-risks'))

export function createPreviewDeriver(): PreviewDeriver {
  const listeners = new Set<(preview: DerivedPreview) => void>()
  // Started on the first request, so a deriver that is made and never used (React's StrictMode) costs nothing.
  let worker: Worker | undefined
  let started = false
  let busy = false
  let unsent: AnswerUpdate[] = []
  let waiters: Waiter[] = []
  let inFlight: Waiter[] = []
  let inFlightBatch: AnswerUpdate[] = []
  /** The answers as the worker has them after its last reply: kept here too, so no reply has to carry them. */
  let confirmed: unknown
  /** The documents' texts of the worker's last reply, which a reply leaves out when they did not change. */
  let texts = NO_TEXTS
  /** The form's answers as last given: what the page derives from without a worker. */
  let live: unknown
  let latest: DerivedPreview | undefined

  const publish = (preview: DerivedPreview, answered: readonly Waiter[]) => {
    latest = preview
    for (const waiter of answered) waiter(preview)
    for (const listener of listeners) listener(preview)
  }
  // Without a worker (or once it fails): the same results, on the main thread.
  const failOver = () => {
    worker?.terminate()
    worker = undefined
    busy = false
    const answered = [...inFlight, ...waiters]
    inFlight = waiters = []
    unsent = []
    publish(deriveHere(), answered)
  }
  // The preview of the live answers, made in the page: its warnings follow once the rules' code has loaded.
  const deriveHere = (): DerivedPreview => {
    const rules = riskRules.get()
    if (rules === undefined) {
      const answers = live
      riskRules.load().then(
        () => live === answers && worker === undefined && publish(deriveHere(), []),
        () => {}, // the documents stand; the warnings stay unknown
      )
    }
    return loadedDerive().derivePreview(live, rules?.assessRisks)
  }
  const flush = () => {
    if (!started) start()
    const batch = unsent
    const answered = waiters
    unsent = []
    waiters = []
    if (worker === undefined) return publish(deriveHere(), answered)
    busy = true
    inFlight = answered
    inFlightBatch = batch
    try {
      worker.postMessage(batch)
    } catch {
      failOver() // answers the browser cannot copy to the worker
    }
  }
  const request = (update: AnswerUpdate | undefined, waiter: Waiter | undefined) => {
    if (update?.kind === 'all') unsent = [update] // all the answers replace whatever was waiting
    else if (update) unsent.push(update)
    if (waiter) waiters.push(waiter)
    if (!busy) flush()
  }
  const start = () => {
    started = true
    worker = startWorker()
    if (worker === undefined) return
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      busy = false
      const { answers, preview: reply } = event.data
      confirmed = answers ?? withAnswerUpdates(confirmed, inFlightBatch)
      const preview: DerivedPreview = { role: reply.role, items: restoreSameTexts(reply.items, texts) }
      texts = replyTexts(preview.items)
      // A valid configuration is the answers themselves (the schema adds and changes nothing).
      if (preview.role.ok) preview.role.config = confirmed as typeof preview.role.config
      else if (preview.role.draft) preview.role.draft.config = fillPlaceholders(confirmed as Config, preview.role.draft.placeholders)
      if (unsent.length > 0) {
        // Newer answers are waiting: this result is already out of date, so it answers no one; the next does.
        waiters = [...inFlight, ...waiters]
        inFlight = []
        flush()
      } else {
        // Everything given so far is in this result: it answers those who asked meanwhile too.
        const answered = [...inFlight, ...waiters]
        inFlight = waiters = []
        publish(preview, answered)
      }
    }
    worker.onerror = failOver
  }

  return {
    derive(values) {
      live = values
      return new Promise<DerivedPreview>((resolve) => request({ kind: 'all', values }, resolve))
    },
    update(path, value, values) {
      // Before the worker has all the answers, a single one is not enough: send them all.
      const first = live === undefined
      live = values
      request(first ? { kind: 'all', values } : { kind: 'one', path, value }, undefined)
    },
    current(values) {
      return new Promise<DerivedPreview>((resolve) => {
        if (live === undefined) {
          live = values // nothing given yet (the page sends the answers once idle): these are all of them
          request({ kind: 'all', values }, resolve)
        } else if (!busy && unsent.length === 0 && latest !== undefined) resolve(latest)
        else request(undefined, resolve)
      })
    },
    listen(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    dispose() {
      worker?.terminate()
      listeners.clear()
    },
  }
}

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined
  try {
    return new Worker(new URL('./derive-worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return undefined
  }
}
