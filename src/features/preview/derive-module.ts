import { lazyModule } from '../../lib/lazy-module'

/**
 * The code that makes the documents (the builders of every option, the document list, the draft): a chunk of
 * its own, which main.tsx starts loading with the page and waits for only before the first documents, so it
 * is fetched and compiled while the answers are read instead of before the first paint.
 */
export const deriveModule = lazyModule(() => import('./derive-preview'))

/**
 * The module, which main.tsx loads before the app's first render. If it could not load (the connection dropped),
 * this throws, so the preview's error page shows (the answers are kept), and loads it again for its "Try again".
 */
export function loadedDerive(): typeof import('./derive-preview') {
  const loaded = deriveModule.get()
  if (loaded !== undefined) return loaded
  deriveModule.load().catch(() => {})
  throw new Error('The code that writes the documents could not be loaded.')
}
