import { test as base, expect, type Page } from '@playwright/test'

/**
 * Every test fails if the page asks any host other than the preview server for anything, or if the page's
 * Content Security Policy blocks anything (a `securitypolicyviolation` event or a console error about it).
 */
export const test = base.extend<{ foreignRequests: string[]; cspViolations: string[] }>({
  foreignRequests: [
    async ({ context, baseURL }, use) => {
      const allowed = new URL(baseURL ?? 'http://127.0.0.1').origin
      const foreign: string[] = []
      context.on('request', (request) => {
        const url = request.url()
        if (url.startsWith('data:') || url.startsWith('blob:')) return
        if (new URL(url).origin !== allowed) foreign.push(url)
      })
      await use(foreign)
      expect(foreign, 'requests to hosts other than the preview server').toEqual([])
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = []
      await context.exposeBinding('__reportCspViolation', (_source, text: string) => violations.push(text))
      await context.addInitScript(() => {
        const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation
        document.addEventListener('securitypolicyviolation', (event) => {
          report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`)
        })
      })
      context.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text())
      })
      await use(violations)
      expect(violations, 'Content Security Policy violations').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** How long Monaco (about 750 KB gzip, loaded when a person opens the code editor) may take to start on a busy 2-core machine. */
export const MONACO_START_MS = 15_000

/** Clipboard access for Copy and Copy share link, as a person's browser would grant it. */
export async function grantClipboard(page: Page): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
}

export async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText())
}
