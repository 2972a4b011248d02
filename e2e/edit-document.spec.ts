import type { Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { expect, grantClipboard, MONACO_START_MS, readClipboard, test } from './fixtures'
import { fillRoleStep, next } from './helpers'

const ACCOUNT = '123456789012'

/** The permissions policy a person writes over the generated one: an S3 read and an EMR Serverless statement. */
const EDITED = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadTheData",
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::amzn-example-data/\${aws:username}/*"
    },
    {
      "Sid": "StopTheJobs",
      "Effect": "Allow",
      "Action": "emr-serverless:StopJobRun",
      "Resource": "arn:aws:emr-serverless:us-east-1:${ACCOUNT}:/applications/*"
    }
  ]
}
`

/** Replaces the editable document's whole text by pasting over it, as a person would. */
async function replaceText(page: Page, label: string, text: string) {
  const editor = page.getByRole('textbox', { name: `${label} (editable)` })
  await expect(editor).toBeAttached({ timeout: MONACO_START_MS })
  await page.evaluate((t) => navigator.clipboard.writeText(t), text)
  await editor.focus()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.press('ControlOrMeta+v')
}

async function downloadShown(page: Page): Promise<string> {
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download', exact: true }).click()
  return readFile(await (await downloading).path(), 'utf8')
}

test('an edited document is checked as typed, its fix applied, marked, kept while answers change, travels in the share link and resets to the generated one', async ({ page, context }) => {
  await grantClipboard(page)
  await page.goto('/')
  await fillRoleStep(page, { accountId: ACCOUNT })
  await next(page)
  await page.getByLabel('Bucket 1 name').fill('amzn-example-data')
  const selector = page.getByLabel('Document', { exact: true })
  await expect(selector).toHaveValue('permissions-policy')
  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  await replaceText(page, 'Permissions policy', EDITED)

  // The checker marks the action that does not exist, in the editor and in the list, with a fix.
  const findings = page.getByRole('region', { name: /^Findings/ })
  const finding = findings.getByRole('listitem').filter({ hasText: 'emr-serverless:StopJobRun is not an action of emr-serverless' })
  await expect(finding).toContainText('Error')
  await expect(page.locator('.editor-frame .squiggly-error')).not.toHaveCount(0)
  // Choosing the finding selects its place in the editor.
  await finding.getByRole('button', { name: /is not an action of emr-serverless/ }).click()
  const editor = page.getByRole('textbox', { name: 'Permissions policy (editable)' })
  await expect(editor).toBeFocused()
  await expect(page.locator('.editor-frame .selected-text')).not.toHaveCount(0)
  await finding.getByRole('button', { name: 'Apply fix: Replace with emr-serverless:CancelJobRun' }).click()
  await expect(findings.getByRole('listitem').filter({ hasText: 'StopJobRun' })).toHaveCount(0)
  const fixed = EDITED.replace('emr-serverless:StopJobRun', 'emr-serverless:CancelJobRun')

  await expect(selector.getByRole('option', { name: 'Permissions policy (edited)' })).toBeAttached()
  const note = page.getByRole('note', { name: 'Edited document' })
  await expect(note).toContainText('Your edits replace the generated permissions policy')
  await expect(page.getByText(/^[\d,]+ of 10,240 characters, white space not counted: within IAM’s quota\.$/)).toBeVisible()

  // Another answer changes: the edited document stays as typed.
  await page.getByLabel('Bucket 1 name').fill('amzn-example-other')
  await page.getByRole('button', { name: 'Edit', exact: true }).click() // back to the text view
  const view = page.getByRole('region', { name: 'Permissions policy (read-only)' })
  await expect(view).toContainText('emr-serverless:CancelJobRun')
  expect(await downloadShown(page)).toBe(fixed)

  await note.getByRole('button', { name: 'Compare with generated' }).click()
  const diff = page.getByLabel('Differences from the generated document')
  await expect(diff.locator('ins').filter({ hasText: '"Sid": "StopTheJobs"' })).toHaveCount(1)
  // The generated document follows the answers (the bucket renamed above); the edit does not.
  await expect(diff.locator('del').filter({ hasText: 'arn:aws:s3:::amzn-example-other' }).first()).toBeVisible()

  await page.getByRole('button', { name: 'Copy share link' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Share link copied.' })).toBeVisible()
  const link = await readClipboard(page)

  const other = await context.newPage()
  await other.goto(link)
  await expect(other.getByLabel('Document', { exact: true }).getByRole('option', { name: 'Permissions policy (edited)' })).toBeAttached()
  await expect(other.getByRole('region', { name: 'Permissions policy (read-only)' })).toContainText('emr-serverless:CancelJobRun')
  expect(await downloadShown(other)).toBe(fixed)
  // Opened elsewhere, the edited document is checked too: the fixed action raises nothing.
  await expect(other.getByRole('region', { name: /^Findings/ }).getByRole('listitem').filter({ hasText: 'not an action' })).toHaveCount(0)
  await other.close()

  await note.getByRole('button', { name: 'Reset to generated' }).click()
  await expect(note).toHaveCount(0)
  await expect(selector.getByRole('option', { name: 'Permissions policy', exact: true })).toBeAttached()
  await expect(view).not.toContainText('StopTheJobs')
  await expect(view).toContainText('arn:aws:s3:::amzn-example-other/*')
})

test('on a 390-pixel phone, editing a document, its findings and the comparison fit the width', async ({ page }) => {
  await grantClipboard(page)
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  await fillRoleStep(page, { accountId: ACCOUNT })
  await next(page)
  await page.getByLabel('Bucket 1 name').fill('amzn-example-data')
  await page.getByRole('button', { name: 'Edit', exact: true }).click()
  await replaceText(page, 'Permissions policy', EDITED)
  await expect(page.getByRole('region', { name: /^Findings/ }).getByRole('button', { name: /^Apply fix/ })).toBeVisible()
  await page.getByRole('note', { name: 'Edited document' }).getByRole('button', { name: 'Compare with generated' }).click()
  await expect(page.getByLabel('Differences from the generated document')).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390)
})
