import { readFile } from 'node:fs/promises'
import type { ConsoleMessage } from '@playwright/test'
import { expect, grantClipboard, MONACO_START_MS, readClipboard, test } from './fixtures'
import { fillRoleStep, next } from './helpers'

test('the built page carries a strict Content Security Policy', async ({ page }) => {
  await page.goto('/')
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  const directives = new Map((policy ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]))
  expect(directives.get('default-src')).toEqual(["'self'"])
  expect(directives.get('script-src')).toEqual(["'self'"])
  expect(directives.get('worker-src')).toEqual(["'self'"])
  expect(directives.get('connect-src')).toEqual(["'none'"])
  expect(directives.get('object-src')).toEqual(["'none'"])
  expect(directives.get('base-uri')).toEqual(["'none'"])
  expect(directives.get('form-action')).toEqual(["'none'"])
  expect(policy).not.toContain('unsafe-eval')
})

test('under the policy, the code editor shows the document and Copy, Download and Copy share link work, with no violation or error', async ({ page }) => {
  const errors: string[] = []
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  await grantClipboard(page)
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012', roleName: 'CspRole' })
  await next(page)
  await page.getByLabel('Bucket 1 name').fill('amzn-example-csp')

  await page.getByRole('button', { name: 'Code editor' }).click()
  const editor = page.locator('.editor-frame .monaco-editor')
  await expect(editor).toBeVisible({ timeout: MONACO_START_MS })
  await expect(editor.locator('.view-lines')).toContainText('"Sid": "ListEMRSamplesBuckets"')
  // Monaco places each line with a style attribute: the lines must not all sit at the top.
  const tops = await editor.locator('.view-line').evaluateAll((lines) => lines.map((line) => line.getBoundingClientRect().top))
  expect(new Set(tops).size).toBeGreaterThan(5)

  await page.getByRole('button', { name: 'Copy', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Copied Permissions policy to the clipboard.' })).toBeVisible()
  expect(await readClipboard(page)).toContain('arn:aws:s3:::amzn-example-csp/*')

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download', exact: true }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('CspRole-permissions-policy.json')
  expect(await readFile(await download.path(), 'utf8')).toContain('arn:aws:s3:::amzn-example-csp/*')

  await page.getByRole('button', { name: 'Copy share link' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Share link copied.' })).toBeVisible()
  expect(await readClipboard(page)).toMatch(/#config=2\./)

  // Another language, another chunk and tokenizer: still nothing blocked.
  await page.getByLabel('Document', { exact: true }).selectOption({ label: 'Terraform' })
  await expect(page.locator('.editor-frame[data-language="hcl"] .view-lines')).toContainText('# EMR Serverless job runtime role CspRole')
  expect(errors).toEqual([])
})

test('the policy is enforced: eval and injected inline scripts are blocked and reported', async ({ page, cspViolations }) => {
  // A script from the app's own origin (allowed), that tries eval and then injects an inline script (neither allowed).
  await page.route('**/csp-probe.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `
        try { new Function('return 1')(); document.body.dataset.eval = 'ran' } catch (error) { document.body.dataset.eval = error.name }
        const script = document.createElement('script')
        script.textContent = 'document.body.dataset.inline = "ran"'
        document.head.append(script)`,
    }),
  )
  await page.goto('/')
  await page.evaluate(() => document.head.append(Object.assign(document.createElement('script'), { src: '/csp-probe.js' })))
  await expect(page.locator('body')).toHaveAttribute('data-eval', 'EvalError')
  await expect(page.locator('body')).not.toHaveAttribute('data-inline', 'ran')
  await expect.poll(() => cspViolations.filter((v) => /^script-src(-elem)? blocked (eval|inline)/.test(v)).length).toBe(2)
  cspViolations.length = 0 // these were on purpose
})
