import './lib/zod-jitless' // first: before any zod schema is built
import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { readStartUp } from './app/autosave/start-up'
import type { DerivedPreview } from './features/preview/derive-preview'
import { deriveModule } from './features/preview/derive-module'
import { nextTask } from './lib/when-idle'
import './app/app.css'

/**
 * The page's own header (index.html) shows at once, even on a slow phone; the app starts after the first paint,
 * in short tasks the browser can paint and answer input between: the answers are read (a share link opened and
 * checked) in one while the documents' code loads, their documents made in the next (answers checked on the way in are not checked again),
 * and the first render starts in the one after.
 */
async function startApp(root: HTMLElement) {
  const deriving = deriveModule.load()
  await new Promise((painted) => requestAnimationFrame(painted))
  await nextTask()
  // User Timing marks name each start-up task in a profile (and `npm run bench` reports them).
  const startUp = measured('start-up: read the answers', readStartUp)
  // The documents' code has loaded meanwhile (tried twice); if it cannot load, the app's error page says so.
  const derive = await deriving.catch(() => deriveModule.load()).catch(() => undefined)
  await nextTask()
  const firstPreview: DerivedPreview | undefined = derive && measured('start-up: first documents', () =>
    startUp.config ? derive.derivePreviewOfValid(startUp.config) : derive.derivePreview(startUp.values),
  )
  await nextTask()
  // A transition: the first render yields to the browser every few milliseconds instead of blocking it.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App startUp={startUp} firstPreview={firstPreview} />
      </StrictMode>,
    ),
  )
}

function measured<T>(name: string, work: () => T): T {
  const start = performance.now()
  const result = work()
  performance.measure(name, { start, end: performance.now() })
  return result
}

const root = document.getElementById('root')
if (root) void startApp(root)
