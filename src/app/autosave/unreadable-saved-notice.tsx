import { downloadText } from '../../lib/download'
import type { UnreadableSaved } from '../initial-config'

interface UnreadableSavedNoticeProps {
  unreadable: UnreadableSaved
  keptAside: boolean
  onDismiss: () => void
}

/** Saved answers that could not be read: why, that the page started from the defaults, and the text to take away. */
export function UnreadableSavedNotice({ unreadable, keptAside, onDismiss }: UnreadableSavedNoticeProps) {
  return (
    <div className="share-notice" role="alert" aria-labelledby="unreadable-saved-title">
      <h2 id="unreadable-saved-title">Your saved answers could not be read</h2>
      <p>{unreadable.reason}</p>
      {unreadable.problems.length > 0 && (
        <ul>
          {unreadable.problems.slice(0, 10).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <p>
        The builder started from its defaults.{' '}
        {keptAside
          ? 'The text it could not read is kept aside in this browser; download it to look at it or to send it with a bug report.'
          : 'The text it could not read is still stored, so nothing is saved over it: download it, then reload to start saving again.'}
      </p>
      <div className="notice-actions">
        <button type="button" onClick={() => downloadText('emr-role-builder-unreadable-answers.txt', unreadable.text, 'text/plain')}>
          Download the unreadable answers
        </button>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  )
}
