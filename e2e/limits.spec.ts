import { eksTestConfig } from '../src/domain/test-configs'
import { expect, test } from './fixtures'
import { fillRoleStep, goToStep } from './helpers'
import { linkTo } from './links'

const deepPolicy = `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Condition":${'['.repeat(5000)}${']'.repeat(5000)}}]}`

test('a link carrying a trust policy nested 5,000 deep opens, with the problem at that field', async ({ page }) => {
  const link = linkTo(eksTestConfig({ roleName: 'DeepRole' }, { existingTrustPolicy: deepPolicy }))
  expect(link.length).toBeGreaterThan(1000)
  await page.goto(link)
  const notice = page.getByRole('alert').filter({ hasText: 'This link opened, but 1 answer needs attention' })
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('DeepRole')
  await notice.getByRole('button', { name: 'Existing trust policy' }).click()
  const pasted = page.getByLabel('Existing trust policy (optional)')
  await expect(pasted).toHaveValue(deepPolicy)
  await expect(pasted).toHaveAccessibleDescription(/nests lists and objects more than 64 levels deep; a trust policy needs about 6/)

  await pasted.fill('')
  await expect(page.getByLabel('Document', { exact: true })).toBeVisible()
})

test('a pasted trust policy with curly quotes is refused at the field, with the place and the reason', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('radio', { name: 'EMR on EKS' }).check()
  await fillRoleStep(page, { accountId: '123456789012' })
  await goToStep(page, 'EKS clusters')
  const pasted = page.getByLabel('Existing trust policy (optional)')
  await pasted.fill('{\n  “Version”: "2012-10-17",\n  "Statement": []\n}')
  await pasted.blur()
  await expect(pasted).toHaveAccessibleDescription(
    /contains ““” \(U\+201C\) at line 2, column 3\. IAM policy documents accept only tabs, line breaks and characters U\+0020 to U\+00FF/,
  )
  await pasted.fill(`{"Version": "2012-10-17", "Statement": []}${' '.repeat(20_000)}`)
  await expect(pasted).toHaveAccessibleDescription(/has 20,042 characters; this field takes at most 20,000/)
})

test('a link over 100,000 characters is refused with the limit and what to do, never a blank page', async ({ page }) => {
  await page.goto(`/#config=2.00000000.${'A'.repeat(100_001)}`)
  const notice = page.getByRole('alert').filter({ hasText: 'This share link could not be opened' })
  await expect(notice).toContainText('this tool opens links of up to 100,000. Ask for the configuration file instead')
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('EMRServerlessJobRuntimeRole')
})

test('a 10 MB configuration file is refused at once, before it is read', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012', roleName: 'KeepMe' })
  await page.getByLabel('Import configuration').setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(10_485_760, ' '),
  })
  const notice = page.getByRole('alert').filter({ hasText: 'huge.json could not be imported' })
  await expect(notice).toContainText('The file is 10.5 MB; configuration files are at most 1 MB')
  await expect(notice).toContainText('Choose a file saved with Export configuration.')
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('KeepMe')
})
