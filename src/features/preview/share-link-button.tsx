import { useEffect, useState } from 'react'
import type { Config } from '../../domain/config/schema'
import { formatCount } from '../../domain/share/input-limits'
import { copyText } from '../../lib/clipboard'

/** Some chat and ticket tools cut longer links. */
const SAFE_LINK_LENGTH = 2000

/** The link encoder (with its compressor) is its own chunk: fetched after the page is up, used on Copy. */
const loadEncoder = () => import('../../domain/share/share-encode')

/**
 * Copies a link that holds the whole configuration in its fragment, and puts it in the address bar too. The
 * link is made only then, from the answers as they are at that moment: compressing thousands of buckets takes
 * tens of milliseconds, which no keystroke should pay.
 */
export function ShareLinkButton({ config }: { config: Config | null }) {
  const [feedback, setFeedback] = useState({ text: '', tooLong: false })
  useEffect(() => {
    const timer = setTimeout(() => void loadEncoder().catch(() => {}), 2000)
    return () => clearTimeout(timer)
  }, [])

  async function share() {
    if (config === null) return
    let encodeConfig: (config: Config) => string
    try {
      ;({ encodeConfig } = await loadEncoder())
    } catch {
      setFeedback({ tooLong: false, text: 'The share link could not be made: part of the page did not load (is the connection down?). Reload the page, or use Export configuration.' })
      return
    }
    const fragment = encodeConfig(config)
    const url = `${window.location.origin}${window.location.pathname}#${fragment}`
    window.history.replaceState(null, '', `#${fragment}`)
    const copied = await copyText(url)
    const tooLong = url.length > SAFE_LINK_LENGTH
    setFeedback({
      tooLong,
      text:
        (copied ? 'Share link copied.' : 'The browser blocked the clipboard; copy the link from the address bar.') +
        ` It is ${formatCount(url.length)} characters long.` +
        (tooLong ? ' Some chat and ticket tools cut links over 2,000 characters; share the exported configuration file instead.' : ''),
    })
  }

  return (
    <div className="share">
      <button type="button" onClick={() => void share()} disabled={config === null}>
        Copy share link
      </button>
      {config === null && <p className="feedback">Fix the problems below to share this configuration.</p>}
      <p role="status" className={feedback.tooLong ? 'feedback link-too-long' : 'feedback'}>
        {feedback.text}
      </p>
    </div>
  )
}
