import { lazyComponent } from '../../lib/lazy-component'

// The virtualiser (@tanstack/react-virtual) adds about 11 KB gzip: it loads in its own chunk, started once the
// page is idle after the wizard shows (preloadBucketRows), so the first page load stays within the bundle budget.
const bucketRows = lazyComponent(() => import('./bucket-rows').then((module) => module.BucketRows))

export const LazyBucketRows = bucketRows.Component
export const preloadBucketRows = bucketRows.preload
export const loadBucketRows = bucketRows.load
export const bucketRowsLoaded = bucketRows.isLoaded
