import type { Page } from '@playwright/test'
import { expect, grantClipboard, readClipboard, test } from './fixtures'
import { testConfig } from '../src/domain/test-configs'
import { downloadDocument, fillRoleStep, goToStep, next, nextStep } from './helpers'
import { configFile, linkTo } from './links'

const DOCUMENTS = ['Permissions policy', 'Trust policy', 'PassRole policy']

async function downloadAll(page: Page) {
  const result: Record<string, unknown> = {}
  for (const label of DOCUMENTS) result[label] = (await downloadDocument(page, label)).json
  return result
}

async function buildAndShare(page: Page): Promise<string> {
  await grantClipboard(page)
  await page.goto('/')
  await fillRoleStep(page, { region: 'us-gov-east-1', accountId: '210987654321', roleName: 'TeamJobRole' })
  await page.getByLabel('Role path (optional)').fill('/data/')
  await next(page)
  await page.getByLabel('Paste bucket names').fill('amzn-example-a\ns3://amzn-example-b/out/, amzn-example-c')
  await page.getByRole('button', { name: 'Add pasted buckets' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Added 3 buckets.' })).toBeVisible()
  await page.getByLabel('Bucket 2 access').selectOption({ label: 'Read and write' })
  await page.getByLabel('Read access to the EMR sample buckets').uncheck()
  await next(page)
  await page.getByRole('radio', { name: 'Create and read' }).check()
  await nextStep(page)
  await nextStep(page) // CloudWatch Logs: off
  await page.getByLabel('Require aws:SourceAccount (recommended)').uncheck()
  await page.getByRole('radio', { name: /^All applications in/ }).check()

  await page.getByRole('button', { name: 'Copy share link' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Share link copied.' })).toHaveText(/^Share link copied\. It is [\d,]+ characters long\.$/)
  return readClipboard(page)
}

test('a copied share link, opened in a fresh page, restores every answer and the same documents', async ({ page, context }) => {
  const link = await buildAndShare(page)
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#config=2\./)
  const original = await downloadAll(page)

  const fresh = await context.newPage()
  await fresh.goto(link)
  expect(await downloadAll(fresh)).toEqual(original)
  await expect(fresh.getByLabel('AWS account ID')).toHaveValue('210987654321')
  await expect(fresh.getByTestId('partition')).toHaveText('aws-us-gov')
  await goToStep(fresh, 'S3')
  await expect(fresh.getByLabel('Bucket 2 name')).toHaveValue('amzn-example-b')
  await expect(fresh.getByLabel('Bucket 2 key prefix')).toHaveValue('out/')
  await expect(fresh.getByRole('alert').filter({ hasText: 'could not be opened' })).toHaveCount(0)
  // The restored configuration carries its warnings with it.
  await expect(fresh.locator('[data-risk-id="glue-create-read-all"]')).toBeVisible()
  await expect(fresh.locator('[data-risk-id="trust-no-source-account"]')).toBeVisible()
})

test('a tampered link shows what was wrong and starts from defaults, never a blank page', async ({ page, browser }) => {
  const link = await buildAndShare(page)
  const cut = link.length - 15
  const tampered = link.slice(0, cut) + (link[cut] === 'x' ? 'y' : 'x') + link.slice(cut + 1)

  // Someone else's browser: nothing saved there (in this one, the saved answers would stay on screen).
  const recipient = await browser.newContext()
  const fresh = await recipient.newPage()
  await fresh.goto(tampered)
  const notice = fresh.getByRole('alert').filter({ hasText: 'This share link could not be opened' })
  await expect(notice).toContainText('cut short or changed after it was made')
  await expect(notice).toContainText('started from its defaults')
  await expect(fresh.getByLabel('AWS account ID')).toHaveValue('')
  await expect(fresh.getByLabel('Role name', { exact: true })).toHaveValue('EMRServerlessJobRuntimeRole')
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toHaveCount(0)
  await recipient.close()
})

test('a broken link pasted into an open tab keeps what the person had typed', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012', roleName: 'KeepMe' })
  await page.goto('/#config=2.deadbeef.NoWayThisIsValid')
  await expect(page.getByRole('alert').filter({ hasText: 'Your answers are unchanged' })).toBeVisible()
  await expect(page.getByLabel('AWS account ID')).toHaveValue('123456789012')
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('KeepMe')
})

test('a link from a newer version says so', async ({ page }) => {
  await page.goto('/#config=9.00000000.abc')
  await expect(page.getByRole('alert').filter({ hasText: 'newer version' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'EMR Role Builder' })).toBeVisible()
})

test('export then import of a configuration restores the same documents; a bad file is explained', async ({ page }, testInfo) => {
  await buildAndShare(page)
  const original = await downloadAll(page)
  const exporting = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export configuration' }).click()
  const exported = await exporting
  expect(exported.suggestedFilename()).toBe('TeamJobRole-config.json')
  const configPath = testInfo.outputPath('config.json')
  await exported.saveAs(configPath)

  const fresh = await page.context().newPage()
  await fresh.goto('/')
  await fresh.getByLabel('Import configuration').setInputFiles(configPath)
  await expect(fresh.getByRole('status').filter({ hasText: 'Imported config.json.' })).toBeVisible()
  expect(await downloadAll(fresh)).toEqual(original)

  await fresh.getByLabel('Import configuration').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ version: 2, config: { roleName: 'x y', s3Access: 'everything' } })),
  })
  const notice = fresh.getByRole('alert').filter({ hasText: 'broken.json could not be imported' })
  await expect(notice).toContainText('not in the form this tool reads')
  await expect(notice).toContainText('s3Access: Expected one of "all", "specific", "none", not "everything".')
  await expect(notice).toContainText('Your answers are unchanged.')
  await expect(fresh.getByLabel('AWS account ID')).toHaveValue('210987654321')
})

/** Answers an older version accepted, or someone edited: right structure, two broken rules. */
const edited = testConfig({
  roleName: 'KeptRole',
  accountId: '12345',
  buckets: [
    { name: 'amzn-example-kept', prefix: 'in/', access: 'read-write' },
    { name: 'Bad_Name', prefix: '', access: 'read' },
  ],
})

test('a link whose answers break rules opens with every answer; each problem shows at its field and in a notice', async ({ page }) => {
  await page.goto(linkTo(edited))
  const notice = page.getByRole('alert').filter({ hasText: 'This link opened, but 2 answers need attention' })
  await expect(notice).toContainText('Every answer was kept.')
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('KeptRole')
  const account = page.getByLabel('AWS account ID')
  await expect(account).toHaveValue('12345')
  await expect(account).toHaveAttribute('aria-invalid', 'true')
  await expect(account).toHaveAccessibleDescription(/exactly 12 digits; this one has 5/)

  await notice.getByRole('button', { name: 'Bucket 2 name' }).click()
  const bucket = page.getByLabel('Bucket 2 name')
  await expect(bucket).toBeFocused()
  await expect(bucket).toHaveValue('Bad_Name')
  await expect(bucket).toHaveAccessibleDescription(/upper-case letters. Did you mean "bad-name"/)
  await expect(page.getByLabel('Bucket 1 key prefix')).toHaveValue('in/')
  // The error follows the fix as it is typed.
  await bucket.fill('amzn-example-fixed')
  await expect(bucket).not.toHaveAttribute('aria-invalid', 'true')

  await goToStep(page, 'Role and account')
  await page.getByLabel('AWS account ID').fill('123456789012')
  const { json } = await downloadDocument(page, 'Permissions policy')
  expect(JSON.stringify(json)).toContain('arn:aws:s3:::amzn-example-kept/in/*')
  expect(JSON.stringify(json)).toContain('arn:aws:s3:::amzn-example-fixed/*')
})

test('an imported file whose answers break a rule loads every answer, the problem at its field', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Import configuration').setInputFiles(configFile('older.json', edited))
  await expect(page.getByRole('status').filter({ hasText: 'Imported older.json.' })).toBeVisible()
  await expect(page.getByRole('alert').filter({ hasText: 'older.json was imported, but 2 answers need attention' })).toBeVisible()
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('KeptRole')
  await expect(page.getByLabel('AWS account ID')).toHaveAccessibleDescription(/exactly 12 digits; this one has 5/)
  await expect(page.getByRole('button', { name: 'Copy share link' })).toBeDisabled()
})

test('the JSON Schema of configuration files is published with the app', async ({ request }) => {
  const response = await request.get('/emr-role-builder.schema.json')
  expect(response.ok()).toBe(true)
  const schema = (await response.json()) as { title: string; required: string[] }
  expect(schema.title).toBe('EMR Role Builder configuration')
  expect(schema.required).toEqual(['version', 'config'])
})
