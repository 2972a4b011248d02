import { lazyComponent } from '../../lib/lazy-component'
import type { StatementExplainedProps, StatementReasonsProps } from './statement-guide'

// The statement guide's content: a chunk of its own, loaded when first needed.
const loadGuide = () => import('./statement-guide')

export const LazyStatementExplained = lazyComponent<StatementExplainedProps>(() => loadGuide().then((m) => m.StatementExplained))
export const LazyStatementReasons = lazyComponent<StatementReasonsProps>(() => loadGuide().then((m) => m.StatementReasons))

/** Starts loading the guide's content (when the pointer first reaches a statement). */
export const preloadStatementGuide = LazyStatementExplained.preload
