interface AppHeaderProps {
  saving: boolean
  onStartOver: () => void
}

/** The title, Start over, and a line that says so when answers are not being saved. */
export function AppHeader({ saving, onStartOver }: AppHeaderProps) {
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>EMR Role Builder</h1>
        <p>Least-privilege IAM documents for EMR Serverless and EMR on EKS job roles, written as you answer.</p>
      </div>
      <div className="app-header-actions">
        <button type="button" onClick={onStartOver}>
          Start over
        </button>
        <p role="status" className="save-status">
          {saving ? '' : 'Your answers are not being saved in this browser (its storage is off or full): use Export configuration to keep them.'}
        </p>
      </div>
    </header>
  )
}
