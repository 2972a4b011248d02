import type { Page } from '@playwright/test'
import { expect, grantClipboard, readClipboard, test } from './fixtures'
import { eksTestConfig, EXAMPLE_ISSUER } from '../src/domain/test-configs'
import { downloadDocument, fillRoleStep, goToStep, next } from './helpers'
import { linkTo, problemsAt } from './links'

const ISSUER = 'https://oidc.eks.us-west-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF'
const PROVIDER = 'oidc.eks.us-west-2.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF'
const CLI_STATEMENT = {
  Effect: 'Allow',
  Principal: { Federated: `arn:aws:iam::123456789012:oidc-provider/${PROVIDER}` },
  Action: 'sts:AssumeRoleWithWebIdentity',
  Condition: {
    StringLike: { [`${PROVIDER}:sub`]: 'system:serviceaccount:spark-jobs:emr-containers-sa-*-*-123456789012-16o0gwny3p' },
  },
}

async function fillEksBasics(page: Page) {
  await page.goto('/')
  await page.getByRole('radio', { name: 'EMR on EKS' }).check()
  await fillRoleStep(page, { region: 'us-west-2', accountId: '123456789012', roleName: 'myrole' })
  await next(page)
  await page.getByLabel('EKS cluster name (pair 1)').fill('analytics')
  await page.getByLabel('Namespace (pair 1)').fill('spark-jobs')
  await page.getByLabel('OIDC issuer (pair 1)').fill(ISSUER)
  await expect(page.getByText('Region us-west-2, partition aws.')).toBeVisible()
  await next(page)
  await page.getByRole('radio', { name: 'None' }).check()
}

async function startJobRunPolicy(page: Page) {
  await goToStep(page, 'Job submitters')
  await page.getByLabel('Create the job submitters’ StartJobRun policy').check()
  await page.getByLabel('Virtual cluster ID 1', { exact: true }).fill('a1b2c3d4e5f6g7h8i9j0k1l2m')
}

test('EMR on EKS: unfinished pairs are named in the preview and lead to their field', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('radio', { name: 'EMR on EKS' }).check()
  await fillRoleStep(page, { accountId: '123456789012', roleName: 'myrole' })
  await page.getByRole('button', { name: 'OIDC issuer (pair 1)' }).click()
  await expect(page.getByLabel('OIDC issuer (pair 1)')).toBeFocused()
})

test('EMR on EKS: the downloaded trust policy holds exactly the AWS CLI’s statement', async ({ page }) => {
  await fillEksBasics(page)
  const { fileName, json } = await downloadDocument(page, 'Trust policy')
  expect(fileName).toBe('myrole-trust-policy.json')
  expect(json).toEqual({ Version: '2012-10-17', Statement: [CLI_STATEMENT] })
  await page.getByText('The AWS CLI command that would write the same job statement').click()
  await expect(page.getByLabel('AWS CLI commands')).toContainText('--cluster-name=analytics')
})

test('StartJobRun limited to two approved roles, then to a prefix', async ({ page }) => {
  await fillEksBasics(page)
  await startJobRunPolicy(page)
  await page.getByRole('button', { name: 'Add approved role' }).click()
  await page.getByLabel('Approved role ARN 1', { exact: true }).fill('arn:aws:iam::123456789012:role/team-b-execution')
  const vc = 'arn:aws:emr-containers:us-west-2:123456789012:/virtualclusters/a1b2c3d4e5f6g7h8i9j0k1l2m'
  const jobRuns = [
    { Sid: 'ListJobRuns', Effect: 'Allow', Action: ['emr-containers:ListJobRuns'], Resource: [vc] },
    {
      Sid: 'DescribeAndCancelJobRuns',
      Effect: 'Allow',
      Action: ['emr-containers:CancelJobRun', 'emr-containers:DescribeJobRun'],
      Resource: [`${vc}/jobruns/*`],
    },
  ]
  const policyWith = (condition: Record<string, unknown>) => ({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'StartJobRunsWithApprovedExecutionRoles',
        Effect: 'Allow',
        Action: ['emr-containers:StartJobRun'],
        Resource: [vc],
        Condition: condition,
      },
      ...jobRuns,
    ],
  })
  await expect(page.getByText('This role (myrole) is always approved: arn:aws:iam::123456789012:role/myrole.')).toBeVisible()
  const twoRoles = await downloadDocument(page, 'StartJobRun policy')
  expect(twoRoles.fileName).toBe('myrole-startjobrun-policy.json')
  expect(twoRoles.json).toEqual(
    policyWith({
      StringEquals: {
        'emr-containers:ExecutionRoleArn': ['arn:aws:iam::123456789012:role/myrole', 'arn:aws:iam::123456789012:role/team-b-execution'],
      },
    }),
  )

  await page.getByRole('radio', { name: 'Roles whose names start with a prefix' }).check()
  await page.getByLabel('Role name prefix').fill('analytics-')
  await page.getByRole('radio', { name: 'ArnEquals / ArnLike' }).check()
  await expect(page.getByLabel('Role name prefix')).toHaveAccessibleDescription(
    'Matches arn:aws:iam::123456789012:role/analytics-* — the prefix follows this role’s path /. ' +
      'This role (myrole) is always approved: its ARN is approved beside the pattern (arn:aws:iam::123456789012:role/myrole).',
  )
  const prefix = await downloadDocument(page, 'StartJobRun policy')
  expect(prefix.json).toEqual(
    policyWith({
      ArnLike: {
        'emr-containers:ExecutionRoleArn': ['arn:aws:iam::123456789012:role/myrole', 'arn:aws:iam::123456789012:role/analytics-*'],
      },
    }),
  )

  // A one-letter prefix matches far more roles than intended.
  await page.getByLabel('Role name prefix').fill('a')
  await expect(page.locator('[data-risk-id="eks-broad-role-prefix"]')).toContainText('one-letter prefix')
})

test('an EMR on EKS configuration survives the share-link round trip', async ({ page, context }) => {
  await grantClipboard(page)
  await fillEksBasics(page)
  await startJobRunPolicy(page)
  await page.getByRole('button', { name: 'Copy share link' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Share link copied' })).toBeVisible()
  const link = await readClipboard(page)
  const labels = ['Permissions policy', 'Trust policy', 'StartJobRun policy']
  const original = []
  for (const label of labels) original.push((await downloadDocument(page, label)).json)

  const fresh = await context.newPage()
  await fresh.goto(link)
  await expect(fresh.getByRole('radio', { name: 'EMR on EKS' })).toBeChecked()
  const restored = []
  for (const label of labels) restored.push((await downloadDocument(fresh, label)).json)
  expect(restored).toEqual(original)
})

test('switching target and back loses no answer', async ({ page }) => {
  await fillEksBasics(page)
  await goToStep(page, 'S3')
  await page.getByRole('radio', { name: 'Specific buckets' }).check()
  await page.getByLabel('Bucket 1 name').fill('amzn-example-shared')
  await goToStep(page, 'Glue')
  await page.getByRole('radio', { name: 'Read only' }).check()

  await goToStep(page, 'Role and account')
  await page.getByRole('radio', { name: 'EMR Serverless' }).check()
  await expect(page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /Trust and submitters/ })).toBeVisible()
  const serverless = await downloadDocument(page, 'Permissions policy')
  expect(JSON.stringify(serverless.json)).toContain('arn:aws:s3:::amzn-example-shared/*')
  expect(JSON.stringify(serverless.json)).toContain('GlueReadDataCatalog')
  await expect(page.getByLabel('Role name', { exact: true })).toHaveValue('myrole')

  await page.getByRole('radio', { name: 'EMR on EKS' }).check()
  await goToStep(page, 'EKS clusters')
  await expect(page.getByLabel('Namespace (pair 1)')).toHaveValue('spark-jobs')
  await expect(page.getByLabel('OIDC issuer (pair 1)')).toHaveValue(ISSUER)
  const eks = await downloadDocument(page, 'Permissions policy')
  expect(eks.json).toEqual(serverless.json)
  expect((await downloadDocument(page, 'Trust policy')).json).toEqual({ Version: '2012-10-17', Statement: [CLI_STATEMENT] })
})

test('a pasted trust policy: bad JSON is explained and kept; the CLI’s statement is not added twice', async ({ page }) => {
  await fillEksBasics(page)
  await goToStep(page, 'EKS clusters')
  const pasted = page.getByLabel('Existing trust policy (optional)')
  await pasted.fill('{ "Version": "2012-10-17", "Statement": [')
  await pasted.blur()
  await expect(pasted).toHaveAccessibleDescription(/not valid JSON/)
  await expect(pasted).toHaveValue('{ "Version": "2012-10-17", "Statement": [')

  const existing = { Version: '2012-10-17', Statement: [CLI_STATEMENT] }
  await pasted.fill(JSON.stringify(existing, null, 2))
  await expect(pasted).not.toHaveAttribute('aria-invalid', 'true')
  await page.getByLabel('Document', { exact: true }).selectOption({ label: 'Trust policy' })
  await expect(page.getByRole('note').filter({ hasText: 'Merged into' })).toHaveText('Merged into the pasted policy: 0 statements appended, 1 already present.')
  expect((await downloadDocument(page, 'Trust policy')).json).toEqual(existing)

  await pasted.fill(JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Old', ...CLI_STATEMENT }] }))
  await expect(page.locator('[data-risk-id="eks-near-duplicate-statement"]')).toBeVisible()
  const merged = (await downloadDocument(page, 'Trust policy')).json as { Statement: unknown[] }
  expect(merged.Statement).toEqual([{ Sid: 'Old', ...CLI_STATEMENT }, CLI_STATEMENT])
})

/** An older link: the cluster's owner account set apart from the role's account (123456789012). */
const withClusterAccount = (accountId: string) =>
  eksTestConfig({ glueAccess: 'read' }, { clusters: [{ clusterName: 'analytics', namespace: 'spark-jobs', oidcIssuer: EXAMPLE_ISSUER, accountId }] })

test('the cluster owner account is not asked of new users', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('radio', { name: 'EMR on EKS' }).check()
  await goToStep(page, 'EKS clusters')
  await expect(page.getByLabel('Namespace (pair 1)')).toBeVisible()
  await expect(page.getByLabel('Cluster account ID (pair 1)')).toHaveCount(0)
})

const ACCOUNT_HINT = 'The cluster, its OIDC provider and the role are all in the role’s account. Clear this field to use it.'

test('an older link with a cluster owner account opens with every answer, the error at that field; clearing it fixes the trust policy', async ({ page }) => {
  const older = withClusterAccount('21098765432')
  const messages = problemsAt(older, 'eks.clusters.0.accountId')
  expect(messages.length).toBeGreaterThan(0)
  await page.goto(linkTo(older))
  const notice = page.getByRole('alert').filter({ hasText: 'This link opened, but 1 answer needs attention' })
  await notice.getByRole('button', { name: 'Cluster account ID (pair 1)' }).click()
  const account = page.getByLabel('Cluster account ID (pair 1)')
  await expect(account).toBeFocused()
  await expect(account).toHaveValue('21098765432')
  await expect(account).toHaveAttribute('aria-invalid', 'true')
  await expect(account).toHaveAccessibleDescription([ACCOUNT_HINT, ...messages].join(' '))
  await expect(page.getByLabel('Namespace (pair 1)')).toHaveValue('spark-jobs')
  await expect(page.getByLabel('OIDC issuer (pair 1)')).toHaveValue(EXAMPLE_ISSUER)

  await account.fill('')
  await expect(account).toHaveCount(0)
  const trust = JSON.stringify((await downloadDocument(page, 'Trust policy')).json)
  expect(trust).toContain('"Federated":"arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B716D3041E"')
  expect(trust).toContain('emr-containers-sa-*-*-123456789012-')
  expect(trust).not.toContain('21098765432')
  expect(JSON.stringify((await downloadDocument(page, 'Permissions policy')).json)).toContain('GlueReadDataCatalog')
})

test('a 12-digit cluster owner account from an older link shows at its field, with whatever the rules say of it, and can be cleared', async ({ page }) => {
  const older = withClusterAccount('210987654321')
  await page.goto(linkTo(older))
  await goToStep(page, 'EKS clusters')
  const account = page.getByLabel('Cluster account ID (pair 1)')
  await expect(account).toHaveValue('210987654321')
  // A different account is becoming an error (check-eks.ts); the field shows the rules' messages, if any.
  await expect(account).toHaveAccessibleDescription([ACCOUNT_HINT, ...problemsAt(older, 'eks.clusters.0.accountId')].join(' '))
  await account.fill('')
  await expect(account).toHaveCount(0)
  const trust = JSON.stringify((await downloadDocument(page, 'Trust policy')).json)
  expect(trust).toContain('arn:aws:iam::123456789012:oidc-provider/')
  expect(trust).not.toContain('210987654321')
})

test('StartJobRun by name prefix: the pattern follows the role’s path, which the step says', async ({ page }) => {
  const submitters = { enabled: true, virtualClusterIds: [{ id: 'abc123' }], limit: 'prefix' as const, roleArns: [], rolePrefix: 'analytics-', conditionOperators: 'string' as const }
  await page.goto(linkTo(eksTestConfig({ roleName: 'analytics-etl', rolePath: '/emr/jobs/' }, { submitters })))
  await goToStep(page, 'Job submitters')
  await expect(page.getByText('Matches arn:aws:iam::123456789012:role/emr/jobs/analytics-* — the prefix follows this role’s path /emr/jobs/.')).toBeVisible()
  await expect(page.getByText('This role (analytics-etl) is always approved: the pattern matches it.')).toBeVisible()
  const { json } = await downloadDocument(page, 'StartJobRun policy')
  expect(JSON.stringify(json)).toContain('"StringLike":{"emr-containers:ExecutionRoleArn":"arn:aws:iam::123456789012:role/emr/jobs/analytics-*"}')
})
