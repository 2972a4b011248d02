import { expect, test } from './fixtures'
import { downloadDocument, fillRoleStep, next } from './helpers'

// Runs in the "heavy" project, alone, after every other spec (see playwright.config.ts): on a 2-core machine
// it came close to its time limit while another worker was busy. Issue 10 (performance) makes it fast.
test('1,000 pasted buckets: every one reaches the policy, and the size quota warning appears', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012', roleName: 'BigRole' })
  await next(page)
  const names = Array.from({ length: 1000 }, (_, i) => `amzn-example-${String(i).padStart(4, '0')}`)
  await page.getByLabel('Paste bucket names').fill(names.join('\n'))
  await page.getByRole('button', { name: 'Add pasted buckets' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Added 1000 buckets.' })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Buckets (1000)' })).toBeVisible()
  // The list renders only the rows in view: scroll it to the end, as a person would, to reach the last one.
  await page.getByRole('group', { name: 'Bucket 1', exact: true }).hover()
  await page.mouse.wheel(0, 100_000)
  await expect(page.getByLabel('Bucket 1000 name')).toBeInViewport()
  await expect(page.getByLabel('Bucket 1000 name')).toHaveValue('amzn-example-0999')

  const { json } = await downloadDocument(page, 'Permissions policy')
  const statements = (json as { Statement: { Sid: string; Resource: string[] }[] }).Statement
  expect(statements.find((s) => s.Sid === 'ListBuckets')?.Resource).toHaveLength(1000)
  expect(statements.find((s) => s.Sid === 'ReadObjects')?.Resource).toHaveLength(1000)
  await expect(page.locator('[data-risk-id="permissions-policy-too-large"]')).toContainText('over IAM’s size quota')
  await page.getByRole('button', { name: 'Copy share link' }).click()
  await expect(page.getByRole('status').filter({ hasText: /^The browser blocked the clipboard|^Share link copied/ })).toContainText(
    'cut links over 2,000 characters',
  )

  // Editing one of the thousand (the one scrolled to) still updates the documents.
  await page.getByLabel('Bucket 1000 access').selectOption({ label: 'Read and write' })
  const after = await downloadDocument(page, 'Permissions policy')
  const readWrite = (after.json as { Statement: { Sid: string; Resource: string[] }[] }).Statement.find(
    (s) => s.Sid === 'ReadWriteObjects',
  )
  expect(readWrite?.Resource).toEqual(['arn:aws:s3:::amzn-example-0999/*'])
})
