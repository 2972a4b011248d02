import { lazyComponent } from '../../lib/lazy-component'

// The review step's summary, warnings and actions load in a chunk of their own, when the page is idle
// (preloadReviewPanel): the first page load does not need them, and its JavaScript is near its budget.
const reviewPanel = lazyComponent(() => import('./review-panel').then((module) => module.ReviewPanel))

export const LazyReviewPanel = reviewPanel.Component
export const preloadReviewPanel = reviewPanel.preload
