import { defaultConfig } from '../domain/config/defaults'
import type { ConfigInput } from '../domain/config/schema'
import { decodeConfig, hasSharedConfig } from '../domain/share/share-codec'

export interface ShareNotice {
  title: string
  reason: string
  problems: string[]
  /** What the page shows instead. */
  fallback: string
}

export interface InitialConfig {
  values: ConfigInput
  notice: ShareNotice | null
}

/** Share link first, defaults otherwise; a broken link starts from defaults and says what was wrong. */
export function readInitialConfig(hash: string): InitialConfig {
  if (!hasSharedConfig(hash)) return { values: defaultConfig(), notice: null }
  const decoded = decodeConfig(hash)
  if (decoded.ok) return { values: decoded.value, notice: null }
  return {
    values: defaultConfig(),
    notice: {
      title: 'This share link could not be opened',
      reason: decoded.reason,
      problems: decoded.problems,
      fallback: 'The builder started from its defaults.',
    },
  }
}
