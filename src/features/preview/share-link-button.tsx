import { useMemo, useState } from 'react'
import type { Config } from '../../domain/config/schema'
import { encodeConfig } from '../../domain/share/share-codec'
import { copyText } from '../../lib/clipboard'

/** Some chat and ticket tools cut longer links. */
const SAFE_LINK_LENGTH = 2000

/** Copies a link that holds the whole configuration in its fragment, and puts it in the address bar too. */
export function ShareLinkButton({ config }: { config: Config | null }) {
  const [feedback, setFeedback] = useState('')
  const fragment = useMemo(() => (config === null ? null : encodeConfig(config)), [config])
  const url = fragment === null ? null : `${window.location.origin}${window.location.pathname}#${fragment}`

  async function share() {
    if (url === null || fragment === null) return
    window.history.replaceState(null, '', `#${fragment}`)
    const copied = await copyText(url)
    setFeedback(copied ? 'Share link copied.' : 'The browser blocked the clipboard; copy the link from the address bar.')
  }

  return (
    <div className="share">
      <button type="button" onClick={() => void share()} disabled={url === null}>
        Copy share link
      </button>
      {url === null ? (
        <p className="feedback">Fix the problems below to share this configuration.</p>
      ) : (
        <p className={url.length > SAFE_LINK_LENGTH ? 'feedback link-too-long' : 'feedback'} data-testid="share-length">
          Link length: {url.length.toLocaleString('en-US')} characters.
          {url.length > SAFE_LINK_LENGTH && ' Some chat and ticket tools cut links over 2,000 characters; share the exported configuration file instead.'}
        </p>
      )}
      <p role="status" className="feedback">
        {feedback}
      </p>
    </div>
  )
}
