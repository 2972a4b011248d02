import { lazyPreloaded } from '../../components/lazy-preloaded'

// The virtualiser (@tanstack/react-virtual) adds about 11 KB gzip: it loads in its own chunk, started as soon
// as the wizard shows (preloadBucketRows), so the first page load stays within the bundle budget.
const bucketRows = lazyPreloaded(() => import('./bucket-rows').then((module) => module.BucketRows))

export const LazyBucketRows = bucketRows.Component
export const preloadBucketRows = bucketRows.preload
