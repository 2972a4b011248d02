import { toNestErrors } from '@hookform/resolvers'
import type { FieldErrors, Resolver } from 'react-hook-form'
import type { Config, ConfigInput } from '../../domain/config/schema'
import { afterPress } from '../../lib/pointer-press'
import type { PreviewDeriver } from './preview-deriver'

/**
 * The form's resolver: the same configuration contract as `configSchema` (it runs `validateConfig`), checked
 * by the preview's deriver, so validating thousands of buckets happens off the main thread and only once for
 * both the field messages and the documents.
 */
export function deriverResolver(deriver: PreviewDeriver): Resolver<ConfigInput, unknown, Config> {
  return async (values, _context, options) => {
    // Never at once: a list is checked after Add or Remove before react-hook-form tells the deriver of the change,
    // which it does in the same task. And a message a press made appear waits for its click (pointer-press.ts).
    await afterPress()
    // One field or list checked after it changed: the deriver already has that change (its listener has run), so the
    // current preview answers. Anything else (Next, a whole step) sends all the answers.
    const { role } = await (options.names?.length === 1 ? deriver.current(values) : deriver.derive(values))
    if (role.ok) return { values: role.config, errors: {} }
    const errors: FieldErrors = {}
    for (const { field, message } of role.problems) {
      // The first problem of a field is the one it shows, as with zod's resolver.
      errors[field] ??= { type: 'custom', message }
    }
    return { values: {}, errors: toNestErrors(errors, options) }
  }
}
