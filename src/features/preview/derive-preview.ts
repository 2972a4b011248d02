import { deriveRole, type DerivedRole } from '../../domain/role/derive-role'
import { documentItems, type ViewItem } from './view-items'

/** What the preview shows for one state of the answers: the role (or the problems) and each document's text. */
export interface DerivedPreview {
  role: DerivedRole
  /** The JSON documents, formatted; empty while the answers have problems. */
  items: ViewItem[]
}

/** Derives the role and formats its documents: pure, the same in the page and in the preview's worker. */
export function derivePreview(values: unknown): DerivedPreview {
  const role = deriveRole(values)
  return { role, items: role.ok ? documentItems(role.named) : [] }
}
