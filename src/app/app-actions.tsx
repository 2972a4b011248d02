interface AppActionsProps {
  saving: boolean
  onStartOver: () => void
}

/**
 * Under the page's title (which index.html holds, so it paints before any script): Start over, and a line that
 * says so when answers are not being saved.
 */
export function AppActions({ saving, onStartOver }: AppActionsProps) {
  return (
    <div className="app-actions">
      <p role="status" className="save-status">
        {saving ? '' : 'Your answers are not being saved in this browser (its storage is off or full): use Export configuration to keep them.'}
      </p>
      <button type="button" onClick={onStartOver}>
        Start over
      </button>
    </div>
  )
}
