import AxeBuilder from '@axe-core/playwright'
import { expect, MONACO_START_MS, test } from './fixtures'
import { fillRoleStep, next } from './helpers'

test('the wizard works before Monaco arrives; Monaco then loads from the app’s own lazy chunk', async ({ page, baseURL }) => {
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  const editorChunks: string[] = []
  await page.route(/\/assets\/code-editor-[^/]+\.js$/, async (route) => {
    editorChunks.push(route.request().url())
    await held
    await route.continue()
  })

  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012' })
  await next(page)
  await page.getByLabel('Bucket 1 name').fill('amzn-example-data')
  // While the editor chunk is held back, the document is already readable as plain text.
  const fallback = page.locator('pre[aria-label="Permissions policy (read-only)"]')
  await expect(fallback).toContainText('arn:aws:s3:::amzn-example-data/*')
  await expect(page.locator('.monaco-editor')).toHaveCount(0)
  expect(editorChunks).toHaveLength(1)
  expect(new URL(editorChunks[0] ?? '').origin).toBe(new URL(baseURL ?? '').origin)

  release()
  await expect(page.locator('.monaco-editor')).toBeVisible({ timeout: MONACO_START_MS })
  await expect(fallback).toHaveCount(0)

  const results = await new AxeBuilder({ page }).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})
