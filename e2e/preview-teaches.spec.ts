import { expect, test } from './fixtures'
import type { Locator } from '@playwright/test'
import { fillRoleStep, goToStep, next, nextStep } from './helpers'

/** The text of each statement the locator's pieces belong to: a statement may be shown in several pieces. */
function statementTexts(pieces: Locator): Promise<string[]> {
  return pieces.evaluateAll((elements) => {
    const byRegion = new Map<string, string>()
    for (const element of elements) {
      const region = element.getAttribute('data-region') ?? ''
      byRegion.set(region, (byRegion.get(region) ?? '') + (element.textContent ?? ''))
    }
    return [...byRegion.values()]
  })
}

test('the preview follows the step: its document, its statements marked, and the lines a change added', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012' })
  await next(page)
  await page.getByLabel('Bucket 1 name').fill('amzn-example-input')
  await page.getByLabel('Bucket 1 name').blur()

  const documents = page.getByRole('region', { name: 'Documents' })
  const shownDocument = documents.getByLabel('Document', { exact: true }).locator('option:checked')
  const permissions = documents.getByRole('region', { name: /Permissions policy/ })
  await expect(shownDocument).toHaveText('Permissions policy')
  // On the S3 step, the S3 statements are marked, and nothing else is.
  const marked = permissions.locator('.step-statement')
  await expect(marked.filter({ hasText: 'arn:aws:s3:::amzn-example-input' }).first()).toBeVisible()
  const markedStatements = await statementTexts(marked)
  expect(markedStatements.length).toBeGreaterThan(1)
  for (const text of markedStatements) expect(text).toMatch(/"s3:/)

  // A change: the lines it added are highlighted.
  await page.getByLabel('Bucket 1 key prefix').fill('raw/')
  await expect(permissions.locator('.line-added', { hasText: 'arn:aws:s3:::amzn-example-input/raw/*' }).first()).toBeVisible()

  // The Glue step writes to the same document: with Glue read access, its statement is the one marked.
  await next(page)
  await page.getByLabel('Read only').check()
  await expect(permissions.locator('.step-statement', { hasText: 'glue:GetDatabase' }).first()).toBeInViewport()
  await expect(permissions.locator('.step-statement', { hasText: 's3:GetObject' })).toHaveCount(0)

  // The trust step (after CloudWatch Logs) shows the trust policy; back on S3, the permissions policy again.
  await nextStep(page)
  await nextStep(page)
  await expect(shownDocument).toHaveText('Trust policy')
  await expect(documents.getByRole('region', { name: /Trust policy/ }).locator('.step-statement').first()).toContainText('emr-serverless.amazonaws.com')
  await goToStep(page, 'S3')
  await expect(shownDocument).toHaveText('Permissions policy')
  await expect(permissions.locator('.step-statement').first()).toBeInViewport()
})

test('a statement tells which answer wrote it and why, and leads to that answer, by pointer and by keyboard', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012' })
  await next(page)
  await page.getByLabel('Paste bucket names').fill('amzn-example-input\ns3://amzn-example-logs/raw/')
  await page.getByRole('button', { name: 'Add pasted buckets' }).click()

  const documents = page.getByRole('region', { name: 'Documents' })
  const permissions = documents.getByRole('region', { name: /Permissions policy/ })
  const card = documents.getByRole('note', { name: 'Why this statement' })
  await permissions.getByText('"ListPrefixesInAmznExampleLogs"').hover()
  await expect(card).toContainText('s3:ListBucket with s3:prefix "raw/": lets Spark list only under raw/ in amzn-example-logs')
  await card.getByRole('button', { name: 'Change this answer' }).click()
  await expect(page.getByLabel('Bucket 2 key prefix')).toBeFocused()

  // The keyboard's way: the list of statements, each marked in the text when focused, each with a way to its answer.
  await documents.getByText(/Why each statement \(\d+\)/).click()
  const list = documents.locator('.statement-list')
  const readObjects = list.getByRole('button', { name: /^Statement \d+ \(ReadObjects\)$/ })
  await readObjects.focus()
  const chosen = permissions.locator('.chosen-statement')
  await expect.poll(() => statementTexts(chosen)).toEqual([expect.stringContaining('"ReadObjects"')])
  // The text scrolls to it: its first line is inside the text's box.
  await expect
    .poll(() =>
      chosen.first().evaluate((line) => {
        const box = line.closest('pre')?.getBoundingClientRect()
        const { top, bottom } = line.getBoundingClientRect()
        return box !== undefined && top >= box.top && bottom <= box.bottom
      }),
    )
    .toBe(true)
  await expect(list.getByRole('listitem').filter({ hasText: /Statement \d+ \(ReadObjects\)/ })).toContainText('s3:GetObject')
  await list.getByRole('button', { name: /Change the answer behind Statement \d+ \(ReadObjects\)/ }).click()
  await expect(page.getByLabel('Bucket 1 access')).toBeFocused()
})
