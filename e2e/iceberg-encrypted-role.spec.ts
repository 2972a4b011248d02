import { readFile } from 'node:fs/promises'
import { unzipSync } from 'fflate'
import { parse as parseYaml } from 'yaml'
import { expect, test } from './fixtures'
import { fillRoleStep, goToStep, next } from './helpers'

const KEY = 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
const GLUE = 'arn:aws:glue:eu-west-1:123456789012'

interface Statement {
  Sid: string
  Action: string[]
  Resource: string[] | string
  Condition?: unknown
}

// The role an Iceberg job needs: its warehouse bucket encrypted with SSE-KMS, its tables in one Glue database it
// writes, through the Glue Iceberg REST endpoint. Built from the wizard; "Download all" holds it in every format.
test('a user builds an encrypted-bucket Iceberg role and downloads the bundle', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { region: 'eu-west-1', accountId: '123456789012', roleName: 'IcebergJobRole' })
  await next(page)
  await page.getByLabel('Bucket 1 name').fill('amzn-example-warehouse')
  await page.getByLabel('Bucket 1 access').selectOption('read-write')
  await page.getByRole('button', { name: 'Bucket 1: add a KMS key' }).click()
  await page.getByRole('textbox', { name: 'Bucket 1 KMS key ARN' }).fill(KEY)

  await goToStep(page, 'Glue')
  await page.getByRole('radio', { name: 'Create and read' }).check()
  await page.getByRole('radiogroup', { name: 'Databases jobs use' }).getByRole('radio', { name: 'Databases I list' }).check()
  await page.getByRole('textbox', { name: 'Database 1 name' }).fill('lakehouse')
  await page.getByRole('radiogroup', { name: 'Database 1 access' }).getByRole('radio', { name: 'Read and write' }).check()
  await page.getByRole('checkbox', { name: 'Jobs use the Glue Iceberg REST endpoint' }).check()
  await expect(page.getByRole('region', { name: 'Permissions policy (read-only)' })).toContainText('glue:GetCatalog')

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download all (.zip)' }).click()
  const zip = unzipSync(new Uint8Array(await readFile(await (await downloading).path())))
  const text = (name: string) => new TextDecoder().decode(zip[`IcebergJobRole/${name}`])

  const policy = JSON.parse(text('IcebergJobRole-permissions-policy.json')) as { Statement: Statement[] }
  const bySid = new Map(policy.Statement.map((s) => [s.Sid, s]))
  expect(bySid.get('S3ReadWriteWithKey1234abcd12ab34cd56ef1234567890ab')).toMatchObject({
    Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
    Resource: [KEY],
    Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } },
  })
  expect(bySid.get('GlueIcebergRestCatalog')).toMatchObject({ Action: ['glue:GetCatalog'], Resource: [`${GLUE}:catalog`] })
  expect(bySid.get('GlueWriteListedTables')?.Resource).toEqual([`${GLUE}:catalog`, `${GLUE}:database/lakehouse`, `${GLUE}:table/lakehouse/*`])
  // Nothing reaches a key or a database the answers did not name.
  const resources = policy.Statement.flatMap((s) => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]))
  expect(resources.filter((r) => r.includes(':kms:'))).toEqual([KEY])
  expect([...new Set(resources.filter((r) => r.includes(':database/')))].sort()).toEqual([
    `${GLUE}:database/default`,
    `${GLUE}:database/lakehouse`,
  ])

  // The same statements in the deployable formats.
  const template = parseYaml(text('IcebergJobRole.cfn.yaml')) as { Resources: Record<string, { Properties?: { Policies?: { PolicyDocument: { Statement: Statement[] } }[] } }> }
  const cfnStatements = Object.values(template.Resources).flatMap((r) => r.Properties?.Policies?.flatMap((p) => p.PolicyDocument.Statement) ?? [])
  expect(cfnStatements.map((s) => s.Sid)).toEqual(policy.Statement.map((s) => s.Sid))
  expect(text('IcebergJobRole.tf')).toContain('"glue:GetCatalog"')
  expect(text('IcebergJobRole.tf')).toContain('"kms:ViaService"')
  expect(text('create-IcebergJobRole.sh')).toContain('"Sid": "GlueIcebergRestCatalog"')
})
