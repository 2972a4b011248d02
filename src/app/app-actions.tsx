import { lazy, Suspense, useRef, useState } from 'react'
import type { OpenResult } from '../domain/share/share-codec'

// The examples and their configuration files load in a chunk of their own, when the list is first opened.
const PresetList = lazy(() => import('./presets/preset-list').then((module) => ({ default: module.PresetList })))

interface AppActionsProps {
  saving: boolean
  onStartOver: () => void
  /** Loads an example's configuration file, as Import configuration does. */
  onOpenPreset: (fileName: string, opened: OpenResult) => void
}

/**
 * Under the page's title (which index.html holds, so it paints before any script): examples to start from, Start
 * over, and a line that says so when answers are not being saved.
 */
export function AppActions({ saving, onStartOver, onOpenPreset }: AppActionsProps) {
  const [showPresets, setShowPresets] = useState(false)
  const toggle = useRef<HTMLButtonElement>(null)
  return (
    <div className="app-actions">
      <p role="status" className="save-status">
        {saving ? '' : 'Your answers are not being saved in this browser (its storage is off or full): use Export configuration to keep them.'}
      </p>
      <button type="button" ref={toggle} aria-expanded={showPresets} onClick={() => setShowPresets(!showPresets)}>
        Start from an example
      </button>
      <button type="button" onClick={onStartOver}>
        Start over
      </button>
      {showPresets && (
        <Suspense fallback={<p>Loading the examples…</p>}>
          <PresetList
            onOpen={(fileName, opened) => {
              setShowPresets(false)
              toggle.current?.focus()
              onOpenPreset(fileName, opened)
            }}
          />
        </Suspense>
      )}
    </div>
  )
}
