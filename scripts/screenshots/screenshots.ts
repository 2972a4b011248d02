import { test } from '@playwright/test'
import { linkTo } from '../../e2e/links'
import { testConfig } from '../../src/domain/test-configs'

const config = testConfig({
  roleName: 'AnalyticsJobRole',
  region: 'eu-west-1',
  buckets: [
    { name: 'amzn-example-raw', prefix: 'events/', access: 'read' },
    { name: 'amzn-example-curated', prefix: '', access: 'read-write' },
  ],
  glueAccess: 'read',
})

test('desktop: the S3 step beside the live permissions policy, its statements marked and explained', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 860 })
  await page.goto(`${linkTo(config)}`)
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /S3/ }).click()
  await page.getByLabel('Bucket 2 name').waitFor()
  const permissions = page.getByRole('region', { name: /Permissions policy/ })
  await permissions.locator('.string').first().waitFor()
  // The step's statements are marked; the one under the pointer says which answer wrote it and why.
  await permissions.locator('.step-statement').first().waitFor()
  await permissions.getByText('"ListPrefixesInAmznExampleRaw"').hover()
  await page.getByRole('note', { name: 'Why this statement' }).getByRole('button', { name: 'Change this answer' }).waitFor()
  await page.screenshot({ path: 'docs/screenshot.png' })
})

test('phone: at 390 px, the first screen’s documents one tap away, as a draft', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  await page.getByRole('link', { name: 'Documents' }).click()
  await page.getByRole('region', { name: /Permissions policy/ }).locator('mark.placeholder').first().waitFor()
  await page.screenshot({ path: 'docs/screenshot-phone.png' })
})
