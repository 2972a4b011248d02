import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './fixtures'
import { downloadDocument, fillRoleStep, next } from './helpers'

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
  await expect(page.locator('.monaco-editor')).toBeVisible()
  await expect(fallback).toHaveCount(0)

  const results = await new AxeBuilder({ page }).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})

test('1,000 pasted buckets: every one reaches the policy, and the size quota warning appears', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012', roleName: 'BigRole' })
  await next(page)
  const names = Array.from({ length: 1000 }, (_, i) => `amzn-example-${String(i).padStart(4, '0')}`)
  await page.getByLabel('Paste bucket names').fill(names.join('\n'))
  await page.getByRole('button', { name: 'Add pasted buckets' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Added 1000 buckets.' })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Buckets (1000)' })).toBeVisible()
  await expect(page.getByLabel('Bucket 1000 name')).toHaveValue('amzn-example-0999')

  const { json } = await downloadDocument(page, 'Permissions policy')
  const statements = (json as { Statement: { Sid: string; Resource: string[] }[] }).Statement
  expect(statements.find((s) => s.Sid === 'ListBuckets')?.Resource).toHaveLength(1000)
  expect(statements.find((s) => s.Sid === 'ReadObjects')?.Resource).toHaveLength(1000)
  await expect(page.locator('[data-risk-id="permissions-policy-too-large"]')).toContainText('over IAM’s size quota')
  await expect(page.getByTestId('share-length')).toContainText('cut links over 2,000 characters')

  // Editing one of the thousand still updates the documents.
  await page.getByLabel('Bucket 500 access').selectOption({ label: 'Read and write' })
  const after = await downloadDocument(page, 'Permissions policy')
  const readWrite = (after.json as { Statement: { Sid: string; Resource: string[] }[] }).Statement.find(
    (s) => s.Sid === 'ReadWriteObjects',
  )
  expect(readWrite?.Resource).toEqual(['arn:aws:s3:::amzn-example-0499/*'])
})
