import { testConfig } from '../src/domain/test-configs'
import { expect, test } from './fixtures'
import { goToStep } from './helpers'

// In the "heavy" project (see playwright.config.ts): 10,000 buckets keep a core busy for a while.
test('10,000 buckets survive a reload, an edit to one of them included', async ({ page }) => {
  test.setTimeout(120_000)
  const buckets = Array.from({ length: 10_000 }, (_, i) => ({ name: `amzn-example-${String(i).padStart(5, '0')}`, prefix: 'raw/', access: 'read' as const }))
  await page.goto('/')
  // Without indentation, so that 10,000 buckets fit in a file the app opens (at most 1 MB).
  const config = JSON.stringify({ version: 2, config: testConfig({ roleName: 'HugeRole', buckets }) })
  await page.getByLabel('Import configuration').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(config) })
  await goToStep(page, 'S3')
  await expect(page.getByRole('group', { name: 'Buckets (10000)' })).toBeVisible({ timeout: 30_000 })
  await page.getByLabel('Bucket 1 name').fill('amzn-example-typed')

  await page.reload()
  await expect(page.getByRole('group', { name: 'Buckets (10000)' })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByLabel('Bucket 1 name')).toHaveValue('amzn-example-typed')
  await page.getByRole('group', { name: 'Bucket 1', exact: true }).hover()
  await page.mouse.wheel(0, 1_000_000)
  await expect(page.getByLabel('Bucket 10000 name')).toHaveValue('amzn-example-09999')
  await expect(page.getByLabel('Bucket 10000 key prefix')).toHaveValue('raw/')
})
