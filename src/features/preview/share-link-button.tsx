import { useState } from 'react'
import type { Config } from '../../domain/config/schema'
import { encodeConfig } from '../../domain/share/share-codec'
import { copyText } from '../../lib/clipboard'

/** Copies a link that holds the whole configuration in its fragment, and puts it in the address bar too. */
export function ShareLinkButton({ config }: { config: Config | null }) {
  const [feedback, setFeedback] = useState('')

  async function share() {
    if (config === null) return
    const fragment = encodeConfig(config)
    const url = `${window.location.origin}${window.location.pathname}#${fragment}`
    window.history.replaceState(null, '', `#${fragment}`)
    const copied = await copyText(url)
    setFeedback(
      copied
        ? `Share link copied (${url.length.toLocaleString('en-US')} characters).`
        : 'The browser blocked the clipboard; copy the link from the address bar.',
    )
  }

  return (
    <div className="share">
      <button type="button" onClick={() => void share()} disabled={config === null}>
        Copy share link
      </button>
      <p role="status" className="feedback">
        {config === null ? 'Fix the problems below to share this configuration.' : feedback}
      </p>
    </div>
  )
}
