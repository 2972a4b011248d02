import type { ShareNotice } from './initial-config'

export function ShareNoticeBanner({ notice, onDismiss }: { notice: ShareNotice; onDismiss: () => void }) {
  return (
    <div className="share-notice" role="alert" aria-labelledby="share-notice-title">
      <h2 id="share-notice-title">{notice.title}</h2>
      <p>{notice.reason}</p>
      {notice.problems.length > 0 && (
        <ul>
          {notice.problems.slice(0, 10).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <p>
        {notice.fallback} Ask whoever sent the link for a new one if you need that configuration.
      </p>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  )
}
