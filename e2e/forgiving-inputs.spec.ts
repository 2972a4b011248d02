import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, grantClipboard, test } from './fixtures'
import { goToStep, next } from './helpers'

const ISSUER = 'https://oidc.eks.us-west-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF'
const PROVIDER = 'oidc.eks.us-west-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF'

/** What `aws eks describe-cluster --name analytics` prints (shortened), as a person copies it from a terminal. */
const DESCRIBE_CLUSTER = JSON.stringify(
  {
    cluster: {
      name: 'analytics',
      arn: 'arn:aws:eks:us-west-2:123456789012:cluster/analytics',
      version: '1.31',
      identity: { oidc: { issuer: ISSUER } },
      status: 'ACTIVE',
    },
  },
  null,
  4,
)

/** Pastes `text` into a field as a person does: through the clipboard and Ctrl+V (⌘V on a Mac). */
async function paste(page: Page, field: Locator, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text)
  await field.focus()
  await page.keyboard.press('ControlOrMeta+V')
}

/** The document's text as the preview shows it (the highlighted, read-only view). */
async function showDocument(page: Page, label: string): Promise<Locator> {
  await page.getByLabel('Document', { exact: true }).selectOption({ label })
  return page.getByRole('region', { name: `${label} (read-only)` })
}

test('pasted ARNs, s3:// URLs and a dashed account ID are accepted, and the documents show the cleaned values', async ({ page }) => {
  await grantClipboard(page)
  await page.goto('/')
  const account = page.getByLabel('AWS account ID')
  await paste(page, account, '1234-5678-9012')
  await expect(account).toHaveValue('123456789012')
  await expect(account).not.toHaveAttribute('aria-invalid')
  await next(page)

  await paste(page, page.getByLabel('Bucket 1 name'), 'arn:aws:s3:::amzn-example-data/raw/')
  await expect(page.getByLabel('Bucket 1 name')).toHaveValue('amzn-example-data')
  await expect(page.getByLabel('Bucket 1 key prefix')).toHaveValue('raw/')
  await page.getByRole('button', { name: 'Add bucket' }).click()
  await paste(page, page.getByLabel('Bucket 2 name'), 's3://amzn-example-logs/spark/')
  await expect(page.getByLabel('Bucket 2 name')).toHaveValue('amzn-example-logs')
  await expect(page.getByLabel('Bucket 2 key prefix')).toHaveValue('spark/')
  // A prefix already typed is kept, and the row says so.
  await page.getByRole('button', { name: 'Add bucket' }).click()
  await page.getByLabel('Bucket 3 key prefix').fill('out/')
  await paste(page, page.getByLabel('Bucket 3 name'), 's3a://amzn-example-output/tmp/')
  await expect(page.getByLabel('Bucket 3 name')).toHaveValue('amzn-example-output')
  await expect(page.getByLabel('Bucket 3 key prefix')).toHaveValue('out/')
  await expect(page.getByLabel('Bucket 3 name')).toHaveAccessibleDescription(
    'Kept the key prefix out/ you entered; the pasted location had tmp/.',
  )

  const permissions = await showDocument(page, 'Permissions policy')
  await expect(permissions).toContainText('"arn:aws:s3:::amzn-example-data/raw/*"')
  await expect(permissions).toContainText('"arn:aws:s3:::amzn-example-logs/spark/*"')
  await expect(permissions).toContainText('"arn:aws:s3:::amzn-example-output/out/*"')
  await expect(permissions).not.toContainText('arn:aws:s3:::arn')
  await expect(permissions).not.toContainText('s3://')

  await goToStep(page, 'Trust and submitters')
  await page.getByRole('radio', { name: 'Specific applications' }).check()
  await page.getByRole('button', { name: 'Add application' }).click()
  const application = page.getByLabel('Application ID 1', { exact: true })
  await paste(page, application, 'arn:aws:emr-serverless:us-east-1:123456789012:/applications/00fabcdexample01')
  await expect(application).toHaveValue('00fabcdexample01')
  const trust = await showDocument(page, 'Trust policy')
  await expect(trust).toContainText('"aws:SourceAccount": "123456789012"')
  await expect(trust).toContainText('"arn:aws:emr-serverless:us-east-1:123456789012:/applications/00fabcdexample01"')
})

test('EMR on EKS: describe-cluster JSON is accepted, a typed spaced account ID is cleaned, and a suggestion is applied and valid', async ({ page }) => {
  await grantClipboard(page)
  await page.goto('/')
  await page.getByRole('radio', { name: 'EMR on EKS' }).check()
  // The role name was still the EMR Serverless default, so it follows the target.
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('EMRContainers-JobExecutionRole')
  await page.getByLabel('AWS Region').selectOption('us-west-2')
  await expect(page.getByTestId('partition')).toHaveText('aws')
  const account = page.getByLabel('AWS account ID')
  await account.pressSequentially('1234 5678 9012')
  await expect(account).toHaveValue('1234 5678 9012') // typing is not rewritten under the cursor…
  await account.press('Tab')
  await expect(account).toHaveValue('123456789012') // …the answer is cleaned when the field is left
  await next(page)

  await page.getByLabel('EKS cluster name (pair 1)').fill('analytics')
  const namespace = page.getByLabel('Namespace (pair 1)')
  await namespace.fill('batch_jobs')
  await namespace.press('Tab')
  await expect(namespace).toHaveAccessibleDescription(/Did you mean "batch-jobs"\?/)
  await expect(namespace).toHaveAttribute('aria-invalid', 'true')
  await page.getByRole('button', { name: 'Use “batch-jobs”' }).click()
  await expect(namespace).toHaveValue('batch-jobs')
  await expect(namespace).not.toHaveAttribute('aria-invalid')
  await expect(namespace).toBeFocused()

  const issuer = page.getByLabel('OIDC issuer (pair 1)')
  await expect(issuer).toHaveAccessibleDescription(
    /aws eks describe-cluster --name <cluster> --query "cluster\.identity\.oidc\.issuer" --output text/,
  )
  await paste(page, issuer, DESCRIBE_CLUSTER)
  await expect(issuer).toHaveValue(ISSUER)
  await expect(page.getByText('Region us-west-2, partition aws.')).toBeVisible()
  await next(page)
  await page.getByRole('radio', { name: 'None' }).check()

  const trust = await showDocument(page, 'Trust policy')
  await expect(trust).toContainText(`"Federated": "arn:aws:iam::123456789012:oidc-provider/${PROVIDER}"`)
  await expect(trust).toContainText('system:serviceaccount:batch-jobs:emr-containers-sa-*-*-123456789012-')
})

test('region: a list grouped by partition, another region typed in its own field; axe finds nothing on the way', async ({ page }) => {
  await page.goto('/')
  const region = page.getByRole('combobox', { name: 'AWS Region' })
  await expect(region.locator('optgroup')).toHaveCount(3)
  await region.selectOption('cn-north-1')
  await expect(page.getByTestId('partition')).toHaveText('aws-cn')

  await region.selectOption({ label: 'Another region (type its code)' })
  const code = page.getByLabel('Region code')
  await expect(code).toBeFocused()
  await code.fill('ap-southeast-9')
  await expect(page.getByTestId('partition')).toHaveText('aws')

  // A bad role name offers a valid one; the page stays accessible with the error and its button on show.
  const roleName = page.getByLabel('Role name', { exact: true })
  await roleName.fill('Spark job role')
  await roleName.press('Tab')
  await expect(page.getByRole('button', { name: 'Use “Spark-job-role”' })).toBeVisible()
  const results = await new AxeBuilder({ page }).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
  await page.getByRole('button', { name: 'Use “Spark-job-role”' }).click()
  await expect(roleName).toHaveValue('Spark-job-role')
  await expect(roleName).not.toHaveAttribute('aria-invalid')
})
