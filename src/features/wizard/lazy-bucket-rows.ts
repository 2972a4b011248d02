import { lazy } from 'react'
import type { BucketRows } from './bucket-rows'

// The virtualiser (@tanstack/react-virtual) adds about 11 KB gzip: it loads in its own chunk, started as soon
// as the wizard shows (preloadBucketRows), so the first page load stays within the bundle budget.
type BucketRowsModule = { default: typeof BucketRows }

let loaded: BucketRowsModule | null = null
let loading: Promise<BucketRowsModule> | null = null

function loadBucketRows(): PromiseLike<BucketRowsModule> {
  if (loaded) {
    // Already in: a thenable that answers at once, so React.lazy renders the rows without suspending. A problem
    // link (goToField) must find them rendered, and their reveal registered, within its flushSync.
    const module = loaded
    return { then: (onFulfilled) => Promise.resolve(onFulfilled ? onFulfilled(module) : module) } as PromiseLike<BucketRowsModule>
  }
  loading ??= import('./bucket-rows').then(
    (imported) => (loaded = { default: imported.BucketRows }),
    (error: unknown) => {
      loading = null // a later render tries again
      throw error
    },
  )
  return loading
}

// React's types ask for a Promise; React itself takes any thenable (and reads a synchronous answer at once).
export const LazyBucketRows = lazy(loadBucketRows as () => Promise<BucketRowsModule>)

export function preloadBucketRows(): void {
  loadBucketRows().then(undefined, () => undefined)
}
