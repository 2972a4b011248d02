import './lib/zod-jitless' // first: before any zod schema is built
import { startTransition, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import './app/app.css'

const root = document.getElementById('root')
if (root) {
  // A transition: the first render yields to the browser every few milliseconds instead of blocking it.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  )
}
