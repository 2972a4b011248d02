import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { downloadDocument, fillRoleStep, goToStep, next, passRoleStatement } from './helpers'

const APP = 'arn:aws:emr-serverless:eu-west-1:123456789012:/applications/00fexample1111111'

test('submitters who run jobs: the option, an application, the statements in the policy and its downloaded file', async ({ page }) => {
  await page.goto('/')
  await fillRoleStep(page, { region: 'eu-west-1', accountId: '123456789012', roleName: 'SparkRole' })
  await next(page)
  await page.getByLabel('Bucket 1 name').fill('amzn-example-data')
  await goToStep(page, 'Trust and submitters')

  await page.getByRole('checkbox', { name: 'Submitters can also run jobs' }).check()
  const application = page.getByRole('textbox', { name: 'Submitters’ application ID 1' })
  // An ARN pasted in is read as its ID; a wrong ID is explained at its field.
  await application.fill('00FEXAMPLE')
  await application.blur()
  await expect(application).toHaveAccessibleDescription(/lower case/)
  await application.fill(APP)
  await expect(application).toHaveValue('00fexample1111111')
  await page.getByRole('checkbox', { name: /^Interactive use/ }).check()

  await page.getByLabel('Document', { exact: true }).selectOption({ label: 'PassRole and job-run policy' })
  const shown = page.getByRole('region', { name: 'PassRole and job-run policy (read-only)' })
  for (const sid of ['StartAndListJobRuns', 'GetAndCancelJobRuns', 'UseInteractiveEndpoints']) await expect(shown).toContainText(sid)
  await expect(shown).toContainText(`${APP}/jobruns/*`)

  const { fileName, json } = await downloadDocument(page, 'PassRole and job-run policy')
  expect(fileName).toBe('SparkRole-passrole-policy.json')
  expect(json).toEqual({
    Version: '2012-10-17',
    Statement: [
      passRoleStatement('arn:aws:iam::123456789012:role/SparkRole'),
      { Sid: 'StartAndListJobRuns', Effect: 'Allow', Action: ['emr-serverless:ListJobRuns', 'emr-serverless:StartJobRun'], Resource: [APP] },
      {
        Sid: 'GetAndCancelJobRuns',
        Effect: 'Allow',
        Action: ['emr-serverless:CancelJobRun', 'emr-serverless:GetDashboardForJobRun', 'emr-serverless:GetJobRun'],
        Resource: [`${APP}/jobruns/*`],
      },
      {
        Sid: 'UseInteractiveEndpoints',
        Effect: 'Allow',
        Action: ['emr-serverless:AccessInteractiveEndpoints', 'emr-serverless:AccessLivyEndpoints'],
        Resource: [APP],
      },
    ],
  })

  // Every application in the region: the region's wildcard, and a warning that leads back to the answer.
  const scope = page.getByRole('radiogroup', { name: 'Applications submitters may run jobs on' })
  await scope.getByRole('radio', { name: /^All applications in eu-west-1/ }).check()
  await expect(shown).toContainText('arn:aws:emr-serverless:eu-west-1:123456789012:/applications/*/jobruns/*')
  const warning = page.getByRole('region', { name: 'Documents' }).locator('[data-risk-id="submitters-all-applications"]')
  await expect(warning).toContainText('Submitters can run jobs on every application in the region')
})

test('a link copied before the option existed opens with it off and the PassRole policy as it was', async ({ page }) => {
  const fixture = new URL('../src/domain/share/fixtures/link-before-job-runs.txt', import.meta.url)
  await page.goto(`/${(await readFile(fixture, 'utf8')).trim()}`)
  await expect(page.getByLabel('AWS account ID')).toHaveValue('123456789012')
  await goToStep(page, 'Trust and submitters')
  await expect(page.getByRole('checkbox', { name: 'Submitters can also run jobs' })).not.toBeChecked()
  const { json } = await downloadDocument(page, 'PassRole policy')
  expect(json).toEqual({
    Version: '2012-10-17',
    Statement: [
      passRoleStatement('arn:aws:iam::123456789012:role/EMRServerlessS3RuntimeRole'),
    ],
  })
})
