import { expect, test } from './fixtures'
import { downloadDocument, fillRoleStep, next } from './helpers'

const OWN = 'arn:aws:s3tables:eu-west-1:123456789012:bucket/amzn-example-tables'

test('a table bucket read and write: the s3tables statements in the permissions policy and its downloaded file', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { region: 'eu-west-1', accountId: '123456789012', roleName: 'SparkRole' })
  await next(page)
  await page.getByRole('radiogroup', { name: 'S3 access' }).getByRole('radio', { name: /^None/ }).check()
  await page.getByRole('checkbox', { name: 'Read access to the EMR sample buckets' }).uncheck()

  await page.getByRole('button', { name: 'Add table bucket' }).click()
  const bucket = page.getByRole('textbox', { name: 'Table bucket 1 name or ARN' })
  // A wrong name is explained at its field; the role's own table bucket ARN pasted in is read as the name.
  await bucket.fill('Amzn_Tables')
  await bucket.blur()
  await expect(bucket).toHaveAccessibleDescription(/lower-case letters, numbers and hyphens/)
  await bucket.fill(OWN)
  await expect(bucket).toHaveValue('amzn-example-tables')
  await page.getByRole('combobox', { name: 'Table bucket 1 access' }).selectOption({ label: 'Read and write' })

  await page.getByLabel('Document', { exact: true }).selectOption({ label: 'Permissions policy' })
  const shown = page.getByRole('region', { name: 'Permissions policy (read-only)' })
  for (const sid of ['DescribeTableBuckets', 'ListTablesInTableBuckets', 'ReadTables', 'CreateNamespacesAndTables', 'WriteTables']) {
    await expect(shown).toContainText(sid)
  }
  await expect(shown).toContainText(`${OWN}/table/*`)
  const warning = page.getByRole('region', { name: 'Documents' }).locator('[data-risk-id="s3-tables-write-every-namespace"]')
  await expect(warning).toContainText('Read and write on every table of a table bucket')

  const { fileName, json } = await downloadDocument(page, 'Permissions policy')
  expect(fileName).toBe('SparkRole-permissions-policy.json')
  expect(json).toEqual({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'DescribeTableBuckets', Effect: 'Allow', Action: ['s3tables:GetTableBucket', 's3tables:ListNamespaces'], Resource: [OWN] },
      { Sid: 'ListTablesInTableBuckets', Effect: 'Allow', Action: ['s3tables:GetNamespace', 's3tables:ListTables'], Resource: [OWN] },
      {
        Sid: 'ReadTables',
        Effect: 'Allow',
        Action: ['s3tables:GetTable', 's3tables:GetTableData', 's3tables:GetTableMetadataLocation'],
        Resource: [`${OWN}/table/*`],
      },
      { Sid: 'CreateNamespacesAndTables', Effect: 'Allow', Action: ['s3tables:CreateNamespace', 's3tables:CreateTable'], Resource: [OWN] },
      { Sid: 'WriteTables', Effect: 'Allow', Action: ['s3tables:PutTableData', 's3tables:UpdateTableMetadataLocation'], Resource: [`${OWN}/table/*`] },
    ],
  })

  // A namespace limits every action that has the s3tables:namespace key; the whole-bucket warning goes.
  await page.getByRole('textbox', { name: 'Table bucket 1 namespace' }).fill('sales')
  await expect(shown).toContainText('WriteTablesInNamespaceSales')
  await expect(shown).toContainText('"s3tables:namespace": "sales"')
  await expect(shown).not.toContainText('s3tables:CreateNamespace')
  await expect(warning).toHaveCount(0)
})
