import { expect, grantClipboard, readClipboard, test } from './fixtures'
import { downloadDocument, fillRoleStep, goToStep, next, readExpected, passRoleStatement } from './helpers'

test('Specific buckets with two buckets and Glue read only: the downloaded permissions policy is exact', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { region: 'eu-west-1', accountId: '123456789012', roleName: 'AnalyticsJobRole' })
  await next(page)

  const s3Access = page.getByRole('radiogroup', { name: 'S3 access' })
  await s3Access.getByRole('radio', { name: 'Specific buckets' }).check()
  await page.getByLabel('Bucket 1 name').fill('amzn-example-input')
  await page.getByRole('button', { name: 'Add bucket' }).click()
  await page.getByLabel('Bucket 2 name').fill('amzn-example-output')
  await page.getByLabel('Bucket 2 key prefix').fill('results/')
  await page.getByLabel('Bucket 2 access').selectOption({ label: 'Read and write' })
  await next(page)

  await page.getByRole('radiogroup', { name: 'AWS Glue Data Catalog access' }).getByRole('radio', { name: 'Read only' }).check()

  const { fileName, json } = await downloadDocument(page, 'Permissions policy')
  expect(fileName).toBe('AnalyticsJobRole-permissions-policy.json')
  expect(json).toEqual(await readExpected('two-buckets-glue-read.permissions-policy.json'))
  await page.getByText(/Why each statement/).click()
  await expect(page.getByRole('listitem').filter({ hasText: '(ListMultipartUploads)' })).toContainText('Spark’s S3 committers')
  await expect(page.locator('[data-risk-id="s3-delete-object"]')).toContainText('amzn-example-output')
})

test('Next checks only the current step and explains the problem at the field; Back keeps answers', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('AWS account ID').fill('12345678901')
  await next(page)
  const account = page.getByLabel('AWS account ID')
  await expect(account).toHaveAccessibleDescription(/exactly 12 digits; this one has 11/)
  await expect(account).toHaveAttribute('aria-invalid', 'true')
  await expect(account).toBeFocused()

  await account.fill('123456789012')
  await next(page)
  // The bucket on this step is still empty, yet leaving the first step worked: only its fields were checked.
  await expect(page.getByRole('radiogroup', { name: 'S3 access' })).toBeVisible()
  await next(page)
  await expect(page.getByLabel('Bucket 1 name')).toHaveAccessibleDescription('Enter a bucket name.')
  await page.getByLabel('Bucket 1 name').fill('Bad..Name')
  await expect(page.getByLabel('Bucket 1 name')).toHaveAccessibleDescription(/upper-case letters/)
  await page.getByLabel('Bucket 1 name').fill('good.bucket')

  await next(page)
  await page.getByRole('button', { name: 'Back' }).click()
  await expect(page.getByLabel('Bucket 1 name')).toHaveValue('good.bucket')
  await goToStep(page, 'Role and account')
  await expect(page.getByLabel('AWS account ID')).toHaveValue('123456789012')
})

test('All buckets shows the full-access warning and attaches AmazonS3FullAccess', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012' })
  await next(page)
  await page.getByRole('radio', { name: 'All buckets' }).check()

  const managed = page.getByRole('region', { name: 'Attached managed policies' })
  await expect(managed).toContainText('arn:aws:iam::aws:policy/AmazonS3FullAccess')
  // The preview's list: on the review step the same warning is listed there too.
  const warning = page.getByRole('region', { name: 'Documents' }).locator('[data-risk-id="s3-all-buckets"]')
  await expect(warning).toContainText('Full access to every S3 bucket')
  await expect(warning).toContainText('Specific buckets')

  // The warning leads back to the answer that causes it.
  await goToStep(page, 'Review')
  await warning.getByRole('button', { name: 'Change this answer' }).click()
  await expect(page.getByRole('radio', { name: 'All buckets' })).toBeFocused()

  // In GovCloud the managed policy ARN follows the partition.
  await goToStep(page, 'Role and account')
  await page.getByLabel('AWS Region').selectOption('us-gov-west-1')
  await expect(page.getByTestId('partition')).toHaveText('aws-us-gov')
  await expect(managed).toContainText('arn:aws-us-gov:iam::aws:policy/AmazonS3FullAccess')
})

test('Copy puts the trust policy with two applications on the clipboard', async ({ page }) => {
  await grantClipboard(page)
  await page.goto('/')
  await fillRoleStep(page, { accountId: '123456789012', roleName: 'SparkRole' })
  await next(page)
  await page.getByRole('radio', { name: 'None' }).check()
  await goToStep(page, 'Trust and submitters')
  await page.getByRole('radio', { name: 'Specific applications' }).check()
  await page.getByRole('button', { name: 'Add application' }).click()
  await page.getByLabel('Application ID 1', { exact: true }).fill('00fexample1111111')
  await page.getByRole('button', { name: 'Add application' }).click()
  await page.getByLabel('Application ID 2', { exact: true }).fill('00FEXAMPLE')
  await page.getByLabel('Application ID 2', { exact: true }).blur()
  await expect(page.getByLabel('Application ID 2', { exact: true })).toHaveAccessibleDescription(/lower case. Did you mean "00fexample"/)
  await page.getByLabel('Application ID 2', { exact: true }).fill('00fexample2222222')

  await page.getByLabel('Document', { exact: true }).selectOption({ label: 'Trust policy' })
  await page.getByRole('button', { name: 'Copy', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Copied Trust policy to the clipboard.' })).toBeVisible()
  expect(JSON.parse(await readClipboard(page))).toEqual({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'EMRServerlessTrustPolicy',
        Effect: 'Allow',
        Principal: { Service: 'emr-serverless.amazonaws.com' },
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: { 'aws:SourceAccount': '123456789012' },
          ArnEquals: {
            'aws:SourceArn': [
              'arn:aws:emr-serverless:us-east-1:123456789012:/applications/00fexample1111111',
              'arn:aws:emr-serverless:us-east-1:123456789012:/applications/00fexample2222222',
            ],
          },
        },
      },
    ],
  })

  // Turning the PassRole policy off takes it out of the downloads, with the reason shown.
  await page.getByLabel('Create the job submitters’ PassRole policy').uncheck()
  await page.getByLabel('Document', { exact: true }).selectOption({ label: 'PassRole policy' })
  await expect(page.getByText('PassRole policy is turned off')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Download', exact: true })).toBeDisabled()
})

test('the PassRole policy names the exact role ARN, path included', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { region: 'cn-north-1', accountId: '123456789012', roleName: 'JobRole' })
  await page.getByLabel('Role path (optional)').fill('/emr/')
  await next(page)
  await page.getByLabel('Bucket 1 name').fill('amzn-example-data')
  const { fileName, json } = await downloadDocument(page, 'PassRole policy')
  expect(fileName).toBe('JobRole-passrole-policy.json')
  expect(json).toEqual({
    Version: '2012-10-17',
    Statement: [
      passRoleStatement('arn:aws-cn:iam::123456789012:role/emr/JobRole'),
    ],
  })
})
