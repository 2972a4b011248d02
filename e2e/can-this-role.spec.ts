import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { fillRoleStep, next } from './helpers'

/** Builds an EMR Serverless role with one read-only bucket under a prefix, in the wizard, as a person would. */
async function buildRole(page: Page) {
  await page.goto('/')
  await fillRoleStep(page, { region: 'eu-west-1', accountId: '123456789012', roleName: 'AnalyticsJobRole' })
  await next(page)
  await page.getByRole('radiogroup', { name: 'S3 access' }).getByRole('radio', { name: 'Specific buckets' }).check()
  await page.getByLabel('Bucket 1 name').fill('amzn-example-input')
  await page.getByLabel('Bucket 1 key prefix').fill('raw/')
}

/** Opens "Can this role …?" below the documents; returns the section and its answer. */
async function openChecker(page: Page) {
  await page.getByText('Can this role …?').click()
  const checker = page.locator('details.can-this-role')
  return { checker, answer: checker.getByRole('status') }
}

test('asks the permissions policy: the first bucket’s object may be read, not written, and says which statement decides', async ({ page }) => {
  await buildRole(page)
  const { checker, answer } = await openChecker(page)

  // Prefilled from the answers: s3:GetObject on an object under the bucket's prefix.
  await expect(checker.getByLabel('Action')).toHaveValue('s3:GetObject')
  await expect(checker.getByLabel('Resource (ARN)')).toHaveValue('arn:aws:s3:::amzn-example-input/raw/example.parquet')
  await expect(answer).toContainText('Allowed')
  await expect(answer).toContainText('Statement 4 (Sid ReadObjects) of Permissions policy')

  await checker.getByLabel('Action').fill('s3:PutObject')
  await expect(answer).toContainText('Not allowed')
  await expect(answer).toContainText('Nearest: Statement 4 (Sid ReadObjects) of Permissions policy')
  await expect(answer).toContainText('Action: Action does not include "s3:PutObject"')

  await checker.getByLabel('Action').fill('s3:GetObject')
  await checker.getByLabel('Resource (ARN)').fill('arn:aws:s3:::amzn-example-input/other/example.parquet')
  await expect(answer).toContainText('Not allowed')
  await expect(answer).toContainText('Resource: Resource does not cover "arn:aws:s3:::amzn-example-input/other/example.parquet"')
})

test('asks the trust policy: EMR Serverless of the role’s account may assume it, of another account not', async ({ page }) => {
  await buildRole(page)
  const { checker, answer } = await openChecker(page)
  await checker.getByRole('radio', { name: /^Trust/ }).check()

  await expect(checker.getByLabel('Principal', { exact: true })).toHaveValue('emr-serverless.amazonaws.com')
  await expect(answer).toContainText('Allowed')
  await expect(answer).toContainText('Statement 1 (Sid EMRServerlessTrustPolicy) of Trust policy')

  await checker.getByLabel('aws:SourceAccount').fill('111122223333')
  await expect(answer).toContainText('Not allowed')
  await expect(answer).toContainText('Condition: StringEquals aws:SourceAccount "123456789012": the request has "111122223333"')
})

test('at 390 px wide the open checker does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await buildRole(page)
  const { checker, answer } = await openChecker(page)
  await checker.getByLabel('Resource (ARN)').fill(`arn:aws:s3:::amzn-example-input/raw/${'very-long-key-'.repeat(12)}`)
  await expect(answer).toContainText('Allowed')
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
})
