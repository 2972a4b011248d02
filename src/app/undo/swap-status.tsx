import type { AnswerHistory } from './answer-history'

interface SwapStatusProps {
  history: AnswerHistory
  onUndo: () => void
  onRedo: () => void
  onDismiss: () => void
}

/** One line after answers were replaced: what happened, and the buttons that bring the other answers back. */
export function SwapStatus({ history, onUndo, onRedo, onDismiss }: SwapStatusProps) {
  const undo = history.undo.at(-1)
  const redo = history.redo.at(-1)
  // Always in the page, so screen readers announce each new message; empty (and without a box) when there is none.
  return (
    <div className="swap-status" role="status">
      {history.message !== null && (
        <>
          <span>{history.message}</span>
          {undo && (
            <button type="button" className="primary" onClick={onUndo}>
              {undo.action}
            </button>
          )}
          {redo && (
            <button type="button" onClick={onRedo}>
              {redo.action}
            </button>
          )}
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </>
      )}
    </div>
  )
}
