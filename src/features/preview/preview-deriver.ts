import { derivePreview, type DerivedPreview } from './derive-preview'

/**
 * Derives previews one at a time, in a Web Worker when the browser has one. Answers that arrive while one is
 * being derived wait, the latest replacing the earlier, so a burst of keystrokes costs one derivation after
 * the one in progress, never a queue; every request is answered by the first result that covers it.
 */
export interface PreviewDeriver {
  /** Derives a preview of these answers (or of newer ones given meanwhile) and tells every listener. */
  derive(values: unknown): Promise<DerivedPreview>
  /** Called with each new preview; returns the function that stops it. */
  listen(listener: (preview: DerivedPreview) => void): () => void
  dispose(): void
}

type Waiter = (preview: DerivedPreview) => void

export function createPreviewDeriver(): PreviewDeriver {
  const listeners = new Set<(preview: DerivedPreview) => void>()
  // Started on the first request, so a deriver that is made and never used (React's StrictMode) costs nothing.
  let worker: Worker | undefined
  let started = false
  let busy = false
  let pending: { values: unknown; waiters: Waiter[] } | undefined
  let inFlight: { values: unknown; waiters: Waiter[] } | undefined

  const publish = (preview: DerivedPreview, waiters: readonly Waiter[]) => {
    for (const waiter of waiters) waiter(preview)
    for (const listener of listeners) listener(preview)
  }
  // Without a worker (or once it fails), in the page: same results, only on the main thread.
  const inPage = (request: { values: unknown; waiters: Waiter[] }) => publish(derivePreview(request.values), request.waiters)
  const failOver = () => {
    worker?.terminate()
    worker = undefined
    busy = false
    const requests = [inFlight, pending].filter((r) => r !== undefined)
    inFlight = pending = undefined
    const last = requests[requests.length - 1]
    if (last) inPage({ values: last.values, waiters: requests.flatMap((r) => r.waiters) })
  }
  const send = (request: { values: unknown; waiters: Waiter[] }) => {
    if (!started) start()
    if (worker === undefined) return inPage(request)
    busy = true
    inFlight = request
    try {
      worker.postMessage(request.values)
    } catch {
      failOver() // answers the browser cannot copy to the worker
    }
  }
  const start = () => {
    started = true
    worker = startWorker()
    if (worker === undefined) return
    worker.onmessage = (event: MessageEvent<DerivedPreview>) => {
      busy = false
      const done = inFlight
      inFlight = undefined
      if (pending) {
        // Newer answers are waiting: this result is already out of date, so it is not shown.
        const next = { values: pending.values, waiters: [...(done?.waiters ?? []), ...pending.waiters] }
        pending = undefined
        send(next)
      } else {
        publish(event.data, done?.waiters ?? [])
      }
    }
    worker.onerror = failOver
  }

  return {
    derive(values) {
      return new Promise<DerivedPreview>((resolve) => {
        if (busy) pending = { values, waiters: [...(pending?.waiters ?? []), resolve] }
        else send({ values, waiters: [resolve] })
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
