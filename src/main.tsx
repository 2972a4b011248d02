import './lib/zod-jitless' // first: before any zod schema is built
import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import './app/app.css'

function renderApp(root: HTMLElement) {
  // A transition: the first render yields to the browser every few milliseconds instead of blocking it.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  )
}

const root = document.getElementById('root')
// After the browser's first paint: the page's own header (index.html) shows at once, even on a slow phone,
// instead of waiting for the app's first render.
if (root) requestAnimationFrame(() => setTimeout(() => renderApp(root), 0))
