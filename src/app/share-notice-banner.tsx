import { ProblemLinks } from '../features/preview/problem-links'
import type { LoadedAnswers, ShareNotice } from './initial-config'

interface ShareNoticeBannerProps {
  notice: ShareNotice
  onGoToField: (field: string) => void
  onDismiss: () => void
  onOpenLink: (link: LoadedAnswers) => void
  onKeepSaved: (link: LoadedAnswers) => void
}

/**
 * What happened to a link or file: it could not be opened, it opened and some answers need fixing, or its
 * answers differ from the saved ones and the person chooses which to keep.
 */
export function ShareNoticeBanner({ notice, onGoToField, onDismiss, onOpenLink, onKeepSaved }: ShareNoticeBannerProps) {
  if (notice.kind === 'choice') {
    return (
      <div className="share-notice share-notice-choice" role="alert" aria-labelledby="share-notice-title">
        <h2 id="share-notice-title">{notice.title}</h2>
        <p>Your saved answers are on screen. Whichever you choose, the other answers stay one click away afterwards.</p>
        <div className="notice-actions">
          <button type="button" className="primary" onClick={() => onOpenLink(notice.link)}>
            Open the link’s answers
          </button>
          <button type="button" onClick={() => onKeepSaved(notice.link)}>
            Keep your saved answers
          </button>
        </div>
      </div>
    )
  }
  return (
    <div className={`share-notice share-notice-${notice.kind}`} role="alert" aria-labelledby="share-notice-title">
      <h2 id="share-notice-title">{notice.title}</h2>
      {notice.kind === 'failed' ? (
        <>
          <p>{notice.reason}</p>
          {notice.problems.length > 0 && (
            <ul>
              {notice.problems.slice(0, 10).map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
          <p>{notice.fallback} Ask whoever sent the link for a new one if you need that configuration.</p>
        </>
      ) : (
        <>
          <p>Every answer was kept. These break rules the builder checks (it may be newer than the link); fix each at its field:</p>
          <ProblemLinks problems={notice.problems.slice(0, 10)} onGoToField={onGoToField} />
          {notice.problems.length > 10 && <p>…and {notice.problems.length - 10} more, listed in the preview.</p>}
        </>
      )}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  )
}
