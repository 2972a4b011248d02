import { preloadableLazy } from '../../lib/preloadable-lazy'

// The virtualiser (@tanstack/react-virtual) adds about 11 KB gzip: it loads in its own chunk, started as soon
// as the wizard shows (preloadBucketRows), so the first page load stays within the bundle budget. Once loaded, the
// rows render without suspending: a problem link (goToField) must find them rendered, and their reveal
// registered, within its flushSync.
const bucketRows = preloadableLazy(() => import('./bucket-rows').then((module) => module.BucketRows))

export const LazyBucketRows = bucketRows.Component
export const preloadBucketRows = bucketRows.preload
