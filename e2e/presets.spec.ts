import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { testConfig } from '../src/domain/test-configs'
import { expect, test } from './fixtures'
import { goToStep } from './helpers'
import { linkTo } from './links'

// Issue 11, item 7: starting points, each a configuration file in public/presets/, loaded as Import loads a file.

async function openExample(page: Page, title: string) {
  const toggle = page.getByRole('button', { name: 'Start from an example' })
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await page.getByRole('button', { name: title }).click()
  await expect(page.getByRole('button', { name: title })).toHaveCount(0) // the list closes…
  await expect(toggle).toBeFocused() // …and the focus goes back to the button that opened it
}

const swapStatus = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text })

test('an example replaces the answers with its own, shows its documents, and Undo brings the previous answers back', async ({ page }) => {
  await page.goto(linkTo(testConfig({ roleName: 'MyOwnRole' })))
  const permissions = page.getByRole('region', { name: 'Permissions policy (read-only)' })
  await expect(permissions).toContainText('arn:aws:s3:::amzn-example-data')

  await page.getByRole('button', { name: 'Start from an example' }).click()
  await expect(page.getByRole('button', { name: 'Spark ETL job with Glue' })).toHaveAccessibleDescription(/Glue Data Catalog/)
  await page.getByRole('button', { name: 'Start from an example' }).click() // closes the list again
  await expect(page.getByRole('button', { name: 'Spark ETL job with Glue' })).toHaveCount(0)

  await openExample(page, 'Spark ETL job with Glue')
  const replaced = swapStatus(page, 'Replaced your answers with those in spark-etl-glue.json.')
  await expect(replaced).toBeVisible()
  await expect(page.getByLabel('AWS account ID')).toHaveValue('111122223333')
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('SparkEtlJobRuntimeRole')
  await expect(permissions).toContainText('"arn:aws:s3:::amzn-example-curated-zone/sales/*"')
  await expect(permissions).toContainText('"glue:CreateTable"')
  await expect(page.locator('[data-risk-id="glue-create-read-all"]')).toBeVisible()

  await replaced.getByRole('button', { name: 'Undo' }).click()
  await expect(swapStatus(page, 'Your previous answers are back.')).toBeVisible()
  await expect(page.getByLabel('AWS account ID')).toHaveValue('123456789012')
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('MyOwnRole')
  await expect(permissions).toContainText('arn:aws:s3:::amzn-example-data')
  await expect(permissions).not.toContainText('amzn-example-curated-zone')
  await expect(permissions).not.toContainText('glue:')
})

test('the EMR on EKS example switches the target and trusts each of its namespaces; Undo switches back', async ({ page }) => {
  await page.goto('/')
  await openExample(page, 'EMR on EKS tenant on shared clusters')
  await expect(page.getByRole('radio', { name: 'EMR on EKS' })).toBeChecked()
  await goToStep(page, 'EKS clusters')
  await expect(page.getByLabel('Namespace (pair 3)')).toHaveValue('team-analytics')
  await expect(page.getByLabel('EKS cluster name (pair 3)')).toHaveValue('analytics-green')
  await page.getByLabel('Document', { exact: true }).selectOption({ label: 'Trust policy' })
  const trust = page.getByRole('region', { name: 'Trust policy (read-only)' })
  await expect(trust).toContainText('system:serviceaccount:team-analytics-streaming:emr-containers-sa-*-*-111122223333-')
  await expect(trust).toContainText('oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/AAAABBBBCCCCDDDDEEEEFFFF00001111')
  await expect(page.getByLabel('Document', { exact: true })).toContainText('StartJobRun policy')

  await swapStatus(page, 'Replaced your answers with those in eks-multi-tenant.json.').getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('radio', { name: 'EMR Serverless' })).toBeChecked()
  await expect(page.getByLabel('AWS account ID')).toHaveValue('')
})

test('on a phone the list of examples fits the screen, and each is a full-height button', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  await page.getByRole('button', { name: 'Start from an example' }).click()
  const examples = page.getByRole('list', { name: 'Examples' }).getByRole('button')
  await expect(examples).toHaveCount(3)
  for (const example of await examples.all()) expect((await example.boundingBox())?.height).toBeGreaterThanOrEqual(44)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
})

test('each example is also published as it is, at /presets/<file>', async ({ request }) => {
  for (const file of ['spark-etl-glue.json', 'read-only-analytics.json', 'eks-multi-tenant.json']) {
    const response = await request.get(`/presets/${file}`)
    expect(response.ok()).toBe(true)
    expect(await response.text()).toBe(await readFile(new URL(`../public/presets/${file}`, import.meta.url), 'utf8'))
  }
})
