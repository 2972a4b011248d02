import type { Locator, Page } from '@playwright/test'
import { testConfig } from '../src/domain/test-configs'
import { expect, test } from './fixtures'
import { fillRoleStep, next } from './helpers'
import { linkTo } from './links'

// The bucket list renders only the rows in view (issue 10). These tests reach rows the way a person does:
// by a problem link, by Next, by scrolling the list, and by Tab.

const names = (count: number) => Array.from({ length: count }, (_, i) => `amzn-example-${String(i + 1).padStart(4, '0')}`)

async function pasteBuckets(page: Page, lines: string[]) {
  await page.getByLabel('Paste bucket names').fill(lines.join('\n'))
  await page.getByRole('button', { name: 'Add pasted buckets' }).click()
  await expect(page.getByRole('group', { name: `Buckets (${lines.length})` })).toBeVisible()
}

/** Scrolls the bucket list with the mouse wheel, pointing at a row that is in view. */
async function scrollList(page: Page, row: Locator, deltaY: number) {
  await row.hover()
  await page.mouse.wheel(0, deltaY)
}

test('a problem link to bucket 900 of 1,000 scrolls its row into view and focuses its name', async ({ page }) => {
  const buckets = names(1000).map((name) => ({ name, prefix: '', access: 'read' as const }))
  buckets[899] = { name: 'Bad_Name', prefix: '', access: 'read' }
  await page.goto(linkTo(testConfig({ roleName: 'FarRole', buckets })))
  const notice = page.getByRole('alert').filter({ hasText: 'This link opened, but 1 answer needs attention' })
  await expect(page.getByLabel('Bucket 900 name')).toHaveCount(0) // not rendered until it is needed

  await notice.getByRole('button', { name: 'Bucket 900 name' }).click()
  const bucket = page.getByLabel('Bucket 900 name')
  await expect(bucket).toBeFocused()
  await expect(bucket).toBeInViewport()
  await expect(bucket).toHaveValue('Bad_Name')
  await expect(bucket).toHaveAccessibleDescription(/upper-case letters. Did you mean "bad-name"/)
  await expect(page.getByRole('group', { name: 'Bucket 899', exact: true })).toBeVisible() // its neighbours follow
  await bucket.fill('amzn-example-fixed')
  await expect(bucket).not.toHaveAttribute('aria-invalid', 'true')
})

test('Next with a wrong bucket name far down the list focuses that name', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012' })
  await next(page)
  await pasteBuckets(page, [...names(249), 'Bad_Name', ...names(300).slice(250)])
  await next(page)
  const bucket = page.getByLabel('Bucket 250 name')
  await expect(bucket).toBeFocused()
  await expect(bucket).toBeInViewport()
  await expect(bucket).toHaveAccessibleDescription(/upper-case letters/)
})

test('a typed value and its error survive scrolling the row away and back', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012' })
  await next(page)
  await pasteBuckets(page, names(300))
  await page.getByLabel('Bucket 2 name').fill('Typed_Name')
  await page.getByLabel('Bucket 2 key prefix').fill('typed/prefix/')
  await page.getByLabel('Bucket 2 key prefix').blur()
  const name = page.getByLabel('Bucket 2 name')
  await expect(name).toHaveAccessibleDescription(/upper-case letters/)

  await scrollList(page, page.getByRole('group', { name: 'Bucket 1', exact: true }), 100_000)
  await expect(page.getByLabel('Bucket 300 name')).toBeInViewport()
  await expect(name).toHaveCount(0) // out of view, out of the DOM: only the form keeps it

  await scrollList(page, page.getByRole('group', { name: 'Bucket 300', exact: true }), -100_000)
  await expect(name).toHaveValue('Typed_Name')
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await expect(name).toHaveAccessibleDescription(/upper-case letters/)
  await expect(page.getByLabel('Bucket 2 key prefix')).toHaveValue('typed/prefix/')
})

test('Tab and Shift-Tab go row by row past the rows in view, and leave the list at its ends', async ({ page }) => {
  test.slow() // about 110 key presses, each moving focus and validating the field it leaves
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012' })
  await next(page)
  await pasteBuckets(page, names(200))

  await page.getByLabel('Bucket 1 name').focus()
  for (let i = 0; i < 5 * 20; i++) await page.keyboard.press('Tab') // name, prefix, access, KMS key, remove
  await expect(page.getByLabel('Bucket 21 name')).toBeFocused()
  await expect(page.getByLabel('Bucket 21 name')).toBeInViewport()
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByRole('button', { name: 'Remove bucket 20', exact: true })).toBeFocused()

  // Scrolled far from the focused row with the wheel, Tab still goes on from that row, not from the rows in view.
  await scrollList(page, page.getByRole('group', { name: 'Bucket 20', exact: true }), 100_000)
  await expect(page.getByLabel('Bucket 200 name')).toBeInViewport()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Bucket 21 name')).toBeFocused()
  await expect(page.getByLabel('Bucket 21 name')).toBeInViewport()
  await scrollList(page, page.getByRole('group', { name: 'Bucket 21', exact: true }), 100_000)
  await expect(page.getByLabel('Bucket 200 name')).toBeInViewport()
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByRole('button', { name: 'Remove bucket 20', exact: true })).toBeFocused()
  await expect(page.getByRole('button', { name: 'Remove bucket 20', exact: true })).toBeInViewport()

  // From the button below the list, Shift-Tab enters at the last bucket; Tab from it leaves the list.
  await page.getByRole('button', { name: 'Add bucket' }).focus()
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByRole('button', { name: 'Remove bucket 200' })).toBeFocused()
  await expect(page.getByRole('button', { name: 'Remove bucket 200' })).toBeInViewport()
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+Tab') // KMS key, access, prefix, name, remove 199
  await expect(page.getByRole('button', { name: 'Remove bucket 199', exact: true })).toBeFocused()
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab') // bucket 200's five controls, then out of the list
  await expect(page.getByRole('button', { name: 'Add bucket' })).toBeFocused()
})
