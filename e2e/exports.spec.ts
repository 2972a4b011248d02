import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { unzipSync } from 'fflate'
import { expect, test } from './fixtures'
import { fillRoleStep, next } from './helpers'

async function serverlessRole(page: Page) {
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012', roleName: 'ZipRole' })
  await next(page)
  await page.getByRole('radio', { name: 'All buckets' }).check()
}

test('Download all yields a zip with every document and every format', async ({ page }) => {
  await serverlessRole(page)
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download all (.zip)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('ZipRole.zip')
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded ZipRole.zip (7 files).' })).toBeVisible()

  const files = unzipSync(new Uint8Array(await readFile(await download.path())))
  expect(Object.keys(files).sort()).toEqual([
    'ZipRole/ZipRole-config.json',
    'ZipRole/ZipRole-passrole-policy.json',
    'ZipRole/ZipRole-permissions-policy.json',
    'ZipRole/ZipRole-trust-policy.json',
    'ZipRole/ZipRole.cfn.yaml',
    'ZipRole/ZipRole.tf',
    'ZipRole/create-ZipRole.sh',
  ])
  const text = (name: string) => new TextDecoder().decode(files[`ZipRole/${name}`])
  expect(JSON.parse(text('ZipRole-trust-policy.json'))).toMatchObject({ Statement: [{ Principal: { Service: 'emr-serverless.amazonaws.com' } }] })
  expect(text('ZipRole.tf')).toContain('resource "aws_iam_role_policy_attachment" "amazon_s3_full_access"')
  expect(text('create-ZipRole.sh')).toContain('iam attach-role-policy --role-name="$role_name" --policy-arn="$policy_arn"')
  expect(text('create-ZipRole.sh')).toContain('\narn:aws:iam::aws:policy/AmazonS3FullAccess\n')
})

/** Distinct token classes in the highlighted text view: one for plain text, several when a language colours it. */
async function tokenKinds(page: Page): Promise<number> {
  const classes = await page.locator('.editor-frame pre span').evaluateAll((spans: Element[]) => spans.map((span) => span.className))
  return new Set(classes).size
}

for (const [label, language, fileName, firstLine] of [
  ['Terraform', 'hcl', 'ZipRole.tf', '# EMR Serverless job runtime role ZipRole'],
  ['CloudFormation', 'yaml', 'ZipRole.cfn.yaml', '# EMR Serverless job runtime role ZipRole'],
  ['AWS CLI script', 'shell', 'create-ZipRole.sh', '#!/usr/bin/env bash'],
] as const) {
  test(`the ${label} view is highlighted as ${language} and downloads as ${fileName}`, async ({ page }) => {
    await serverlessRole(page)
    await page.getByLabel('Document', { exact: true }).selectOption({ label })
    await expect(page.getByRole('region', { name: `${label} (read-only)` })).toContainText(firstLine)
    await expect(page.locator(`.editor-frame[data-language="${language}"] pre`)).toBeVisible()
    await expect.poll(() => tokenKinds(page)).toBeGreaterThanOrEqual(3)

    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Download', exact: true }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe(fileName)
    expect((await readFile(await download.path(), 'utf8')).split('\n')[0]).toContain(firstLine)
  })
}
