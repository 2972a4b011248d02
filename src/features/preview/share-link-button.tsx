import { useMemo, useState } from 'react'
import type { Config } from '../../domain/config/schema'
import { encodeConfig } from '../../domain/share/share-codec'
import { copyText } from '../../lib/clipboard'
import { useSettledValue } from '../../lib/use-settled-value'

/** Some chat and ticket tools cut longer links. */
const SAFE_LINK_LENGTH = 2000
/** The link's length is measured once typing pauses this long: compressing 1,000 buckets takes milliseconds. */
const MEASURE_AFTER_MS = 400

function shareUrl(config: Config): { fragment: string; url: string } {
  const fragment = encodeConfig(config)
  return { fragment, url: `${window.location.origin}${window.location.pathname}#${fragment}` }
}

/** Copies a link that holds the whole configuration in its fragment, and puts it in the address bar too. */
export function ShareLinkButton({ config }: { config: Config | null }) {
  const [feedback, setFeedback] = useState('')
  const settled = useSettledValue(config, MEASURE_AFTER_MS)
  const length = useMemo(() => (settled ? shareUrl(settled).url.length : undefined), [settled])

  async function share() {
    if (config === null) return
    // Encoded from the answers as they are at this moment, never from a measurement that may lag behind.
    const { fragment, url } = shareUrl(config)
    window.history.replaceState(null, '', `#${fragment}`)
    const copied = await copyText(url)
    setFeedback(copied ? 'Share link copied.' : 'The browser blocked the clipboard; copy the link from the address bar.')
  }

  return (
    <div className="share">
      <button type="button" onClick={() => void share()} disabled={config === null}>
        Copy share link
      </button>
      {config === null ? (
        <p className="feedback">Fix the problems below to share this configuration.</p>
      ) : (
        length !== undefined && (
          <p className={length > SAFE_LINK_LENGTH ? 'feedback link-too-long' : 'feedback'} data-testid="share-length">
            Link length: {length.toLocaleString('en-US')} characters.
            {length > SAFE_LINK_LENGTH && ' Some chat and ticket tools cut links over 2,000 characters; share the exported configuration file instead.'}
          </p>
        )
      )}
      <p role="status" className="feedback">
        {feedback}
      </p>
    </div>
  )
}
