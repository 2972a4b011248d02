import { expect, test } from './fixtures'
import { next } from './helpers'

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`${viewport.name}: the first screen shows a document, its placeholders marked, and Copy waits for the real answers`, async ({ page }) => {
    await page.setViewportSize(viewport)
    await page.goto('/')
    const documents = page.getByRole('region', { name: 'Documents' })
    const text = documents.getByRole('region', { name: /Permissions policy/ })
    await expect(text).toContainText('"Version": "2012-10-17"')
    await expect(documents.getByRole('note', { name: /A draft: 2 answers are still to come/ })).toBeVisible()
    // The placeholders are marked where they stand in the document.
    await expect(text.locator('mark.placeholder', { hasText: 'your-bucket-name' }).first()).toBeVisible()
    await expect(documents.getByRole('button', { name: 'Copy', exact: true })).toBeDisabled()
    await expect(documents.getByRole('button', { name: 'Download', exact: true })).toBeDisabled()

    // The notice leads to the answer a placeholder stands for.
    await documents.getByRole('button', { name: 'AWS account ID' }).click()
    const account = page.getByLabel('AWS account ID')
    await expect(account).toBeFocused()
    await account.fill('123456789012')
    await next(page)
    await page.getByLabel('Bucket 1 name').fill('amzn-example-input')
    await page.getByLabel('Bucket 1 name').blur()

    await expect(documents.getByRole('note', { name: /A draft/ })).toHaveCount(0)
    await expect(text).toContainText('arn:aws:s3:::amzn-example-input')
    await expect(text.locator('mark.placeholder')).toHaveCount(0)
    await expect(documents.getByRole('button', { name: 'Copy', exact: true })).toBeEnabled()
  })
}
