import { preloadableLazy } from '../../lib/preloadable-lazy'

// The list of answers on the review step loads in a chunk of its own, when the page is idle (preloadReviewAnswers).
const reviewAnswers = preloadableLazy(() => import('./review-answers').then((module) => module.ReviewAnswers))

export const LazyReviewAnswers = reviewAnswers.Component
export const preloadReviewAnswers = reviewAnswers.preload
