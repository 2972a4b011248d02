import { lazyComponent } from '../../lib/lazy-component'
import type { EditPanelProps } from './edit-panel'

// The size meter, the edited note and the comparison: a chunk of their own, loaded after the first documents.
export const LazyEditPanel = lazyComponent<EditPanelProps>(() => import('./edit-panel').then((m) => m.EditPanel))
