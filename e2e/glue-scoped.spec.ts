import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { downloadDocument, fillRoleStep, goToStep, next } from './helpers'

const GLUE = 'arn:aws:glue:eu-west-1:123456789012'

test('Glue scoped to one database read and written, one table: the statements, the warning gone, the downloaded policy', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { region: 'eu-west-1', accountId: '123456789012', roleName: 'SparkRole' })
  await next(page)
  await page.getByLabel('Bucket 1 name').fill('amzn-example-data')
  await goToStep(page, 'Glue')

  await page.getByRole('radio', { name: 'Create and read' }).check()
  // Every database, as before: the warning that says so leads to the choice.
  const warning = page.getByRole('region', { name: 'Documents' }).locator('[data-risk-id="glue-create-read-all"]')
  await expect(warning).toContainText('Glue create and read on every database')

  await page.getByRole('radiogroup', { name: 'Databases jobs use' }).getByRole('radio', { name: 'Databases I list' }).check()
  const database = page.getByRole('textbox', { name: 'Database 1 name' })
  await database.fill('Sales')
  await database.blur()
  await expect(database).toHaveAccessibleDescription(/lower case/)
  await database.fill('sales')
  await page.getByRole('radiogroup', { name: 'Database 1 access' }).getByRole('radio', { name: 'Read and write' }).check()
  await page.getByRole('button', { name: 'Add table' }).click()
  await page.getByRole('textbox', { name: 'Database 1 table 1' }).fill('orders')
  await expect(warning).toHaveCount(0)

  const shown = page.getByRole('region', { name: 'Permissions policy (read-only)' })
  for (const sid of ['GlueReadListedDatabases', 'GlueReadDefaultDatabase', 'GlueReadListedTables', 'GlueWriteListedTables']) {
    await expect(shown).toContainText(sid)
  }
  await expect(shown).toContainText(`${GLUE}:table/sales/orders`)

  const { fileName, json } = await downloadDocument(page, 'Permissions policy')
  expect(fileName).toBe('SparkRole-permissions-policy.json')
  const glue = (json as { Statement: { Sid: string }[] }).Statement.filter((s) => s.Sid.startsWith('Glue'))
  const catalog = `${GLUE}:catalog`
  const tables = [catalog, `${GLUE}:database/sales`, `${GLUE}:table/sales/orders`]
  expect(glue).toEqual([
    { Sid: 'GlueReadListedDatabases', Effect: 'Allow', Action: ['glue:GetDatabase', 'glue:GetDatabases'], Resource: [catalog, `${GLUE}:database/sales`] },
    { Sid: 'GlueReadDefaultDatabase', Effect: 'Allow', Action: ['glue:GetDatabase'], Resource: [catalog, `${GLUE}:database/default`] },
    {
      Sid: 'GlueReadListedTables',
      Effect: 'Allow',
      Action: ['glue:BatchGetPartition', 'glue:GetPartition', 'glue:GetPartitions', 'glue:GetTable', 'glue:GetTables'],
      Resource: tables,
    },
    {
      Sid: 'GlueReadListedFunctions',
      Effect: 'Allow',
      Action: ['glue:GetUserDefinedFunctions'],
      Resource: [catalog, `${GLUE}:database/sales`, `${GLUE}:userDefinedFunction/sales/*`],
    },
    {
      Sid: 'GlueWriteListedTables',
      Effect: 'Allow',
      Action: [
        'glue:BatchCreatePartition',
        'glue:BatchDeletePartition',
        'glue:BatchUpdatePartition',
        'glue:CreatePartition',
        'glue:CreateTable',
        'glue:DeletePartition',
        'glue:DeleteTable',
        'glue:GetTableVersion',
        'glue:GetTableVersions',
        'glue:UpdatePartition',
        'glue:UpdateTable',
      ],
      Resource: tables,
    },
  ])
})

test('a link copied before Glue could be scoped opens with all databases and the same Glue statement', async ({ page }) => {
  const fixture = new URL('../src/domain/share/fixtures/link-before-glue-scope.txt', import.meta.url)
  await page.goto(`/${(await readFile(fixture, 'utf8')).trim()}`)
  await expect(page.getByLabel('AWS account ID')).toHaveValue('123456789012')
  await goToStep(page, 'Glue')
  await expect(page.getByRole('radio', { name: 'All databases' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Lake Formation governs the tables’ data' })).not.toBeChecked()
  const { json } = await downloadDocument(page, 'Permissions policy')
  const sids = (json as { Statement: { Sid: string }[] }).Statement.map((s) => s.Sid)
  expect(sids.filter((sid) => sid.startsWith('Glue') || sid.startsWith('Lake'))).toEqual(['GlueCreateAndReadDataCatalog'])
})
