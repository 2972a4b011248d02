import type { DerivedPreview } from './derive-preview'
import type { ViewItem } from './view-items'

/** A document as a reply carries it: with `same` and no text when the previous reply held the same text. */
export type ReplyItem = ViewItem & { same?: true }

/**
 * The preview worker's reply. The page keeps the same copy of the answers as the worker, so a reply carries
 * them back only after all of them were sent (a list changed, an import); the rest of the time the
 * configuration is left out, as it would cost the page as much to read as the documents themselves. For the
 * same reason a document whose text did not change (the permissions policy of 10,000 buckets, 2.4 MB, while
 * the role name is typed) is left out too: the page has it from the previous reply.
 */
export interface WorkerReply {
  /** With `role.config` left empty when valid: the page fills it with its copy of the answers. */
  preview: Omit<DerivedPreview, 'items'> & { items: ReplyItem[] }
  /** The worker's answers, when the message held all of them. */
  answers?: unknown
}

/** Each document's text in the last reply, by id: what both sides remember between replies. */
export type ReplyTexts = ReadonlyMap<string, string | null>

export const NO_TEXTS: ReplyTexts = new Map()

export function replyTexts(items: readonly ViewItem[]): ReplyTexts {
  return new Map(items.map((item) => [item.id, item.text]))
}

/** The items with each text the previous reply already held left out. */
export function leaveOutSameTexts(items: readonly ViewItem[], previous: ReplyTexts): ReplyItem[] {
  return items.map((item) =>
    item.text !== null && previous.get(item.id) === item.text ? { ...item, text: null, same: true } : item,
  )
}

/** The items of a reply, with each text that was left out taken from the previous reply. */
export function restoreSameTexts(items: readonly ReplyItem[], previous: ReplyTexts): ViewItem[] {
  return items.map(({ same, ...item }) => (same ? { ...item, text: previous.get(item.id) ?? null } : item))
}
