import { lazyComponent } from '../../lib/lazy-component'

/** The role settings' fields: in the later steps' chunk, shown on the first step only when opened. */
export const roleSettingsFields = lazyComponent<object>(() => import('./later-steps').then((m) => m.RoleSettingsFields))
