import { expect, test } from './fixtures'
import { downloadDocument, fillRoleStep, goToStep, next } from './helpers'

interface Statement {
  Sid: string
  Resource: string[]
}

test('EMR Serverless job logs to an encrypted log group: the logs step, the statements, the downloaded policy', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { region: 'eu-west-1', accountId: '123456789012', roleName: 'LogsRole' })
  await next(page)
  await page.getByLabel('Bucket 1 name').fill('amzn-example-data')
  await goToStep(page, 'CloudWatch Logs')
  await expect(page.getByRole('textbox', { name: 'Log group name' })).toHaveCount(0)
  await page.getByRole('checkbox', { name: 'Jobs write logs to CloudWatch Logs' }).check()
  await page.getByRole('textbox', { name: 'Log group name' }).fill('/aws/emr-serverless/etl')
  await page.getByRole('textbox', { name: 'Log stream prefix (optional)' }).fill('nightly')
  await page.getByRole('checkbox', { name: 'The log group is encrypted with a KMS key' }).check()
  await page.getByRole('textbox', { name: 'Log group KMS key ARN' }).fill('arn:aws:kms:eu-west-1:123456789012:key/0987dcba-09fe-87dc-65ba-ab0987654321')
  await expect(page.getByRole('region', { name: 'Permissions policy (read-only)' })).toContainText('UseLogGroupKmsKeyThroughCloudWatchLogs')

  const { json } = await downloadDocument(page, 'Permissions policy')
  const bySid = new Map((json as { Statement: Statement[] }).Statement.map((s) => [s.Sid, s]))
  expect(bySid.get('WriteToCloudWatchLogs')?.Resource).toEqual(['arn:aws:logs:eu-west-1:123456789012:log-group:/aws/emr-serverless/etl:log-stream:nightly/*'])
  expect(bySid.get('UseLogGroupKmsKeyThroughCloudWatchLogs')?.Resource).toEqual(['arn:aws:kms:eu-west-1:123456789012:key/0987dcba-09fe-87dc-65ba-ab0987654321'])

  // Switching target: EMR on EKS has its own logs answers, off until asked for.
  await goToStep(page, 'Role and account')
  await page.getByRole('radio', { name: /EMR on EKS/ }).check()
  await goToStep(page, 'CloudWatch Logs')
  await expect(page.getByRole('checkbox', { name: 'Jobs write logs to CloudWatch Logs' })).not.toBeChecked()
})
