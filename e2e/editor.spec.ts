import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, grantClipboard, MONACO_START_MS, readClipboard, test } from './fixtures'
import { fillRoleStep, next } from './helpers'

/** Monaco's chunks: the editor module and everything it alone pulls in (not the small highlighter). */
const MONACO_CHUNK = /\/assets\/code-editor-[^/]+\.(js|css)$/

/** Distinct token classes in the text view: one for plain text, several when a language colours it. */
async function textViewTokenKinds(page: Page): Promise<number> {
  const classes = await page.locator('.editor-frame pre span').evaluateAll((spans: Element[]) => spans.map((span) => span.className))
  return new Set(classes).size
}

test('with Monaco’s chunks blocked, the documents show highlighted and Copy, Download and Copy share link work', async ({ page }) => {
  const monacoRequests: string[] = []
  await page.route(MONACO_CHUNK, async (route) => {
    monacoRequests.push(route.request().url())
    await route.fulfill({ status: 503, body: '' })
  })
  await grantClipboard(page)
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012', roleName: 'TextRole' })
  await next(page)
  await page.getByLabel('Bucket 1 name').fill('amzn-example-data')

  const view = page.getByRole('region', { name: 'Permissions policy (read-only)' })
  await expect(view).toContainText('arn:aws:s3:::amzn-example-data/*')
  await expect.poll(() => textViewTokenKinds(page)).toBeGreaterThanOrEqual(3)

  await page.getByRole('button', { name: 'Copy', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Copied Permissions policy to the clipboard.' })).toBeVisible()
  const copied = await readClipboard(page)
  expect(JSON.parse(copied)).toMatchObject({ Version: '2012-10-17' })
  expect(copied).toBe(await view.textContent())

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download', exact: true }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('TextRole-permissions-policy.json')
  expect(await readFile(await download.path(), 'utf8')).toBe(copied)

  await page.getByRole('button', { name: 'Copy share link' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Share link copied.' })).toBeVisible()
  const link = await readClipboard(page)
  expect(link).toMatch(/#config=2\./)

  // Nothing so far asked for Monaco. Asking for it now fails (blocked), and the document stays readable.
  expect(monacoRequests).toEqual([])
  await page.getByRole('button', { name: 'Code editor' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'The code editor could not be loaded' })).toBeVisible()
  await expect(view).toContainText('arn:aws:s3:::amzn-example-data/*')
  expect(monacoRequests.length).toBeGreaterThan(0)

  const results = await new AxeBuilder({ page }).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])

  // The copied link opens the same role elsewhere, documents on screen, still without Monaco.
  const other = await page.context().newPage()
  await other.goto(link)
  await expect(other.getByRole('region', { name: 'Permissions policy (read-only)' })).toContainText('arn:aws:s3:::amzn-example-data/*')
  await other.close()
})

test('the code editor loads from the app’s own chunk only when asked; Ctrl+F opens it searching, and it follows the answers', async ({ page, baseURL }) => {
  const monacoRequests: string[] = []
  page.on('request', (request) => {
    if (MONACO_CHUNK.test(new URL(request.url()).pathname)) monacoRequests.push(request.url())
  })
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012' })
  await next(page)
  await page.getByLabel('Bucket 1 name').fill('amzn-example-data')
  const view = page.getByRole('region', { name: 'Permissions policy (read-only)' })
  await expect(view).toContainText('amzn-example-data')
  expect(monacoRequests).toEqual([])

  await view.press('Control+f')
  await expect(page.locator('.editor-frame .monaco-editor')).toBeVisible({ timeout: MONACO_START_MS })
  const find = page.getByRole('textbox', { name: 'Find' })
  await expect(find).toBeFocused()
  await page.keyboard.type('GetObject')
  await expect(page.locator('.find-widget .matchesCount')).toHaveText(/^1 of \d+$/)
  await expect(page.getByRole('button', { name: 'Code editor' })).toHaveAttribute('aria-pressed', 'true')
  expect(monacoRequests.length).toBeGreaterThan(0)
  expect(monacoRequests.every((url) => new URL(url).origin === new URL(baseURL ?? '').origin)).toBe(true)

  // A changed answer reaches the open editor (its search sees the new text).
  await page.getByLabel('Bucket 1 name').fill('amzn-example-other')
  await find.fill('amzn-example-other')
  // The new text comes from the preview's worker, maybe after the search started: then no match is current yet ("?").
  await expect(page.locator('.find-widget .matchesCount')).toHaveText(/^[1?] of 2$/) // the bucket's ARN and its objects'
  await find.fill('amzn-example-data')
  await expect(page.locator('.find-widget .matchesCount')).toHaveText('No results')
})

test('on a 390-pixel phone, the documents and every export fit the width: nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012' })
  await next(page)
  await page.getByLabel('Bucket 1 name').fill('amzn-example-data')
  await page.getByLabel('Bucket 1 key prefix').fill('a/rather/long/key/prefix/for/a/narrow/screen/')
  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth)
  await expect(page.getByRole('region', { name: 'Permissions policy (read-only)' })).toContainText('narrow/screen/')
  expect(await pageWidth()).toBe(390)
  for (const label of ['Terraform', 'CloudFormation', 'AWS CLI script']) {
    await page.getByLabel('Document', { exact: true }).selectOption({ label })
    await expect(page.getByRole('region', { name: `${label} (read-only)` })).toBeVisible()
    expect(await pageWidth(), label).toBe(390)
  }
})
