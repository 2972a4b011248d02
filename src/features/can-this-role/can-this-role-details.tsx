import { Suspense, useState } from 'react'
import type { Config } from '../../domain/config/schema'
import { lazyComponent } from '../../lib/lazy-component'
import type { ViewItem } from '../preview/view-items'

// The checker and the evaluator load in a chunk of their own, when the user opens the section.
const checker = lazyComponent(() => import('./can-this-role-panel').then((module) => module.CanThisRoleFromItems))

/** "Can this role …?": a closed section below the documents; its content loads on open. */
export function CanThisRoleDetails(props: { config: Config; items: ViewItem[] }) {
  const [open, setOpen] = useState(false)
  return (
    <details className="can-this-role" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Can this role …?</summary>
      {open && (
        <Suspense fallback={<p>Loading the checker…</p>}>
          <checker.Component {...props} />
        </Suspense>
      )}
    </details>
  )
}
