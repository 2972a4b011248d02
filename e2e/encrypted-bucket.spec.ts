import { expect, test } from './fixtures'
import { downloadDocument, fillRoleStep, next } from './helpers'

const KEY = 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'

test('a bucket with an SSE-KMS key: the key field, kms:Decrypt and kms:GenerateDataKey with their conditions, the downloaded policy', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { region: 'eu-west-1', accountId: '123456789012', roleName: 'SparkRole' })
  await next(page)
  await page.getByLabel('Bucket 1 name').fill('amzn-example-out')
  await page.getByLabel('Bucket 1 access').selectOption('read-write')

  await page.getByRole('button', { name: 'Bucket 1: add a KMS key' }).click()
  const key = page.getByRole('textbox', { name: 'Bucket 1 KMS key ARN' })
  // An alias ARN is refused at the field: KMS authorizes on the key's own ARN.
  await key.fill('arn:aws:kms:eu-west-1:123456789012:alias/data')
  await key.blur()
  await expect(key).toHaveAccessibleDescription(/alias ARN/)
  await key.fill(KEY)
  await key.blur()

  await page.getByLabel('Document', { exact: true }).selectOption({ label: 'Permissions policy' })
  const shown = page.getByRole('region', { name: 'Permissions policy (read-only)' })
  await expect(shown).toContainText('kms:GenerateDataKey')
  await expect(shown).toContainText('s3.eu-west-1.amazonaws.com')

  const { json } = await downloadDocument(page, 'Permissions policy')
  const statements = (json as { Statement: { Sid: string }[] }).Statement
  expect(statements.find((s) => s.Sid === 'S3ReadWriteWithKey1234abcd12ab34cd56ef1234567890ab')).toEqual({
    Sid: 'S3ReadWriteWithKey1234abcd12ab34cd56ef1234567890ab',
    Effect: 'Allow',
    Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
    Resource: [KEY],
    Condition: {
      StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' },
      StringLike: { 'kms:EncryptionContext:aws:s3:arn': ['arn:aws:s3:::amzn-example-out', 'arn:aws:s3:::amzn-example-out/*'] },
    },
  })

  // No key again: the statement goes, and nothing grants a key.
  await page.getByRole('button', { name: 'Bucket 1: no KMS key' }).click()
  await expect(shown).not.toContainText('kms:')
})
