import { lazyComponent } from '../lib/lazy-component'

// The crash page is its own chunk, fetched once the page is idle (preloadCrashRecovery): the first page load does
// not need it, and by the time anything could crash it is at hand.
const crashRecovery = lazyComponent(() => import('./crash-recovery').then((module) => module.CrashRecovery))

export const LazyCrashRecovery = crashRecovery.Component
export const preloadCrashRecovery = crashRecovery.preload
export const loadCrashRecovery = crashRecovery.load
