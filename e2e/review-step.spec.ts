import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { unzipSync } from 'fflate'
import { eksTestConfig, testConfig } from '../src/domain/test-configs'
import { expect, grantClipboard, readClipboard, test } from './fixtures'
import { goToStep, nextStep } from './helpers'
import { linkTo } from './links'

const SERVERLESS = testConfig({
  roleName: 'ReviewRole',
  buckets: [
    { name: 'amzn-example-data', prefix: 'raw/', access: 'read-write' },
    { name: 'amzn-example-logs', prefix: '', access: 'read' },
  ],
  glueAccess: 'read',
})

const EKS = eksTestConfig(
  { roleName: 'MyRole' },
  {
    clusters: [{ clusterName: 'analytics', namespace: 'spark-jobs', oidcIssuer: 'oidc.eks.us-west-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF', accountId: '' }],
    submitters: {
      enabled: true,
      virtualClusterIds: [{ id: 'abc123' }],
      limit: 'roles',
      roleArns: [{ arn: 'arn:aws:iam::123456789012:role/other-team-role' }],
      rolePrefix: '',
      conditionOperators: 'string',
    },
  },
)

/** The wizard's column: on the review step it holds the summary, the warnings and the status line. */
const wizard = (page: Page) => page.getByRole('region', { name: 'Configure the role' })
const reviewWarnings = (page: Page) => wizard(page).getByRole('region', { name: /^Warnings/ })
const previewWarnings = (page: Page) => page.getByRole('region', { name: 'Documents' }).getByRole('region', { name: /^Warnings/ })
const warning = (list: ReturnType<typeof reviewWarnings>, title: string) => list.getByRole('listitem').filter({ hasText: title })

/** Axe on the answers' column, as the review step shows it now. */
async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('#answers').analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
}

async function expectReviewStep(page: Page) {
  await expect(page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Review' })).toHaveAttribute('aria-current', 'step')
  await expect(page.getByRole('heading', { name: 'Review', level: 3 })).toBeFocused()
}

// The phone in the dark scheme, the desktop in the light one: axe checks the review step in both.
for (const [device, viewport, colorScheme] of [
  ['desktop', { width: 1280, height: 800 }, 'light'],
  ['phone', { width: 390, height: 844 }, 'dark'],
] as const) {
  test.describe(`review step, ${device}`, () => {
    test.use({ viewport, colorScheme })

    test('EMR Serverless: the summary in plain words, Change lands on the field, and the role downloads or copies', async ({ page }) => {
      await grantClipboard(page)
      await page.goto(linkTo(SERVERLESS))
      for (let step = 0; step < 5; step++) await nextStep(page)
      await expectReviewStep(page)

      const summary = wizard(page).getByRole('region', { name: 'What this role can and cannot do' })
      await expect(summary.getByRole('list', { name: 'What it can do' }).getByRole('listitem')).toHaveText([
        'Lists, reads, writes and deletes objects under raw/ in amzn-example-data.',
        'Lists and reads objects in amzn-example-logs.',
        'Lists unfinished multipart uploads anywhere in amzn-example-data (S3 cannot limit that to a key prefix).',
        'Lists and reads objects in the buckets named *.elasticmapreduce, where EMR keeps its samples.',
        'Reads the Glue Data Catalog of account 123456789012 in us-east-1 (all databases, tables and partitions).',
        'Can be assumed by EMR Serverless applications in account 123456789012 only (in any region).',
        'Job submitters given the PassRole policy may pass this role to EMR Serverless, and to no other service.',
      ])
      await expect(summary.getByRole('list', { name: 'What it cannot do' }).getByRole('listitem')).toHaveText([
        'Cannot read any other S3 bucket, apart from the EMR samples.',
        'Cannot delete buckets or change their settings or policies.',
        'Cannot create, change or delete anything in the Data Catalog.',
        'Cannot use the Data Catalog of another account or region.',
        'Cannot write to CloudWatch Logs.',
        'Cannot be assumed by users, other roles or any other AWS service.',
        'Has no permissions for any other AWS service, IAM and KMS included.',
      ])
      await expectNoViolations(page)

      // The primary action: the whole role in one .zip.
      const status = wizard(page).getByRole('status')
      const downloading = page.waitForEvent('download')
      await wizard(page).getByRole('button', { name: 'Download the role (.zip)' }).click()
      const download = await downloading
      expect(download.suggestedFilename()).toBe('ReviewRole.zip')
      await expect(status).toHaveText('Downloaded ReviewRole.zip (7 files).')
      const files = unzipSync(new Uint8Array(await readFile(await download.path())))
      const text = (name: string) => new TextDecoder().decode(files[`ReviewRole/${name}`])
      expect(JSON.parse(text('ReviewRole-permissions-policy.json'))).toMatchObject({
        Statement: expect.arrayContaining([expect.objectContaining({ Resource: ['arn:aws:s3:::amzn-example-data/raw/*'] })]),
      })

      // Or the AWS CLI script on the clipboard: the very file of the .zip. Its message replaces the last one.
      await wizard(page).getByRole('button', { name: 'Copy the AWS CLI script' }).click()
      await expect(status).toHaveText(/^Copied the AWS CLI script to the clipboard: save it as create-ReviewRole\.sh/)
      await expect(wizard(page).getByRole('status')).toHaveCount(1)
      expect(await readClipboard(page)).toBe(text('create-ReviewRole.sh'))

      // A warning's "Change" lands on its field, focused: here a row of the (virtualised) bucket list.
      await warning(reviewWarnings(page), 'Read and write includes s3:DeleteObject').getByRole('button', { name: 'Change this answer' }).click()
      await expect(page.getByLabel('Bucket 1 access')).toBeFocused()
      await expect(page).toHaveURL(/\?step=s3$/)
    })

    test('EMR on EKS: who may assume it, and a warning that only informs stays quiet until its answer changes', async ({ page }) => {
      await page.goto(linkTo(EKS))
      await goToStep(page, 'Review')
      await expectReviewStep(page)
      const can = wizard(page).getByRole('list', { name: 'What it can do' })
      await expect(can).toContainText('Can be assumed by EMR on EKS jobs run with this role in namespace spark-jobs of cluster analytics.')
      await expect(can).toContainText(
        'Job submitters given the StartJobRun policy can start, list, describe and cancel job runs on virtual cluster abc123, ' +
          'with this role or 1 other approved role as the execution role.',
      )
      await expect(wizard(page).getByRole('list', { name: 'What it cannot do' })).toContainText(
        'Cannot be assumed from another cluster or namespace, by service accounts named for another role, or by users and AWS services.',
      )

      // Two warnings that only inform; neither is about access broader than asked.
      const caseWarning = 'The encoded role name is case-sensitive'
      await expect(reviewWarnings(page).getByRole('heading', { name: 'Warnings (2)' })).toBeVisible()
      await expect(warning(reviewWarnings(page), 'Every approved role is usable by every submitter').getByRole('button', { name: 'Got it' })).toBeVisible()

      // "Change" leads to the field, focus included.
      await warning(reviewWarnings(page), caseWarning).getByRole('button', { name: 'Change this answer' }).click()
      await expect(page.getByLabel('Role name', { exact: true })).toBeFocused()
      await goToStep(page, 'Review')

      // Acknowledged: quiet here and in the preview's list, one status line says so; a reload keeps it.
      await warning(reviewWarnings(page), caseWarning).getByRole('button', { name: 'Got it' }).click()
      await expect(wizard(page).getByRole('status')).toHaveText(`Acknowledged: ${caseWarning}. It shows again if that answer changes.`)
      await expect(reviewWarnings(page).getByRole('heading', { name: 'Warnings (1)' })).toBeFocused()
      await expect(reviewWarnings(page)).toContainText(`Acknowledged: ${caseWarning}`)
      await expect(warning(reviewWarnings(page), caseWarning).getByRole('button', { name: 'Got it' })).toHaveCount(0)
      await expect(previewWarnings(page).getByRole('heading', { name: 'Warnings (1)' })).toBeVisible()
      await expectNoViolations(page)
      await page.reload()
      await expectStepShown(page)
      await expect(reviewWarnings(page).getByRole('heading', { name: 'Warnings (1)' })).toBeVisible()

      // Another role name is another answer: the warning speaks up again, about the new name.
      await goToStep(page, 'Role and account')
      await page.getByLabel('Role name', { exact: true }).fill('MyOtherRole')
      await goToStep(page, 'Review')
      await expect(reviewWarnings(page).getByRole('heading', { name: 'Warnings (2)' })).toBeVisible()
      await expect(warning(reviewWarnings(page), caseWarning)).toContainText('"MyOtherRole"')
      await expect(warning(reviewWarnings(page), caseWarning).getByRole('button', { name: 'Got it' })).toBeVisible()
    })
  })
}

/** After a reload the page opens on the step it was on. */
async function expectStepShown(page: Page) {
  await expect(page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Review' })).toHaveAttribute('aria-current', 'step')
}
